-- Claim events of both features: claim.flagged (knowledge sync, V21) and claim.matched (claim matching, V40). Each of
-- those migrations rewrote the constraint with its own type only; this one lists them all.
alter table claim_event drop constraint claim_event_type_check;
alter table claim_event add constraint claim_event_type_check
    check (type in ('claim.created', 'claim.reviewed', 'claim.changed', 'claim.orphaned', 'claim.deleted',
                    'claim.matched', 'claim.flagged'));
