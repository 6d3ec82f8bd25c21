-- Claim change events: the Last-Event-ID replay log of GET /claims/stream and the source every instance fans out from.
-- A row is written in the same transaction as the change; the trigger's NOTIFY is delivered only when it commits, and
-- carries just the row id (NOTIFY payloads are limited to 8000 bytes). Rows older than the retention are deleted.
create table claim_event (
    id          bigserial primary key,
    claim_id    uuid not null,
    article_id  uuid not null,
    type        text not null check (type in ('claim.created', 'claim.reviewed', 'claim.changed', 'claim.orphaned',
                                              'claim.deleted')),
    -- The claim as it was when the event was recorded: what a claim.deleted event reports (the row is gone).
    verdict     text,
    confidence  double precision,
    status      text not null,
    version     bigint not null,
    created_at  timestamptz not null default now()
);

create index claim_event_article_id on claim_event (article_id, id);
create index claim_event_created_at on claim_event (created_at);

create function claim_event_notify() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('claim_events', new.id::text);
    return null;
end
$$;

create trigger claim_event_notify
    after insert on claim_event
    for each row execute function claim_event_notify();
