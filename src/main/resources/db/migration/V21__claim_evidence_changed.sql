-- A reviewed claim is never changed by a re-check; when the checker's evidence for it changed (the knowledge changed),
-- the claim is flagged for the desk instead: since when, and what the checker finds there now (null: nothing).
-- The next review clears the flag.
alter table claim add column evidence_changed_at timestamptz;
alter table claim add column evidence_annotation jsonb;

-- After a knowledge change, the claims whose finding names a changed office are found by the office's id.
create index claim_annotation_office_idx on claim ((annotation -> 'office' ->> 'id'));

-- claim.flagged: the flag was raised (the live stream tells the desk).
alter table claim_event drop constraint claim_event_type_check;
alter table claim_event add constraint claim_event_type_check
    check (type in ('claim.created', 'claim.reviewed', 'claim.changed', 'claim.orphaned', 'claim.deleted',
                    'claim.flagged'));
