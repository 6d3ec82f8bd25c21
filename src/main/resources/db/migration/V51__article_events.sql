-- Publishing and retracting are events on the live stream (article.published, article.retracted). They concern an
-- article, not one claim: claim_id stays null and status records the article's new state.
alter table claim_event alter column claim_id drop not null;
alter table claim_event drop constraint claim_event_type_check;
alter table claim_event add constraint claim_event_type_check
    check (type in ('claim.created', 'claim.reviewed', 'claim.changed', 'claim.orphaned', 'claim.deleted',
                    'claim.matched', 'claim.flagged', 'article.published', 'article.retracted'));
