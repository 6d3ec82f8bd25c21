-- API keys for writes. Only the SHA-256 of each secret is stored; the secret itself is shown once, when issued.
create table api_key (
    id            uuid primary key,
    name          text not null,
    role          text not null check (role in ('editor', 'admin')),
    key_hash      bytea not null unique,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
-- A name identifies the writer of a review, so two active keys never share one.
create unique index api_key_active_name_idx on api_key (lower(name)) where revoked_at is null;
create index api_key_created_idx on api_key (created_at desc, id desc);

-- The API key that wrote a review (its name), beside the free-text display name in reviewer.
alter table review add column reviewed_by text;
