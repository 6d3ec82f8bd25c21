-- Idempotency-Key of a creating POST: the first request's response, written in the same transaction as what it
-- created, so a retry with the same key answers it again instead of creating twice. Kept 24 hours.
create table idempotency_key (
    principal      text not null,
    key            text not null,
    operation      text not null,            -- method and path, e.g. 'POST /api/v1/claims'
    request_hash   text not null,            -- SHA-256 (hex) of the request body
    status         integer,                  -- null only inside the creating transaction
    location       text,
    response_body  text,
    created_at     timestamptz not null default now(),
    primary key (principal, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
