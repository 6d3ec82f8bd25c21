-- Articles, the claims anchored in them, and the append-only review history of each claim.

create table article (
    id            uuid primary key,
    url           text unique,
    title         text not null,
    publisher     text,
    author        text,
    language      text,
    published_at  date,
    published_at_approximate boolean not null default false,
    body          text not null,
    content_hash  text not null,
    version       bigint not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index article_created_idx on article (created_at desc, id desc);
create index article_publisher_idx on article (lower(publisher));
create index article_published_idx on article (published_at);

create table claim (
    id            uuid primary key,
    article_id    uuid not null references article (id) on delete cascade,
    text          text not null,
    anchor_start  integer not null check (anchor_start >= 0),
    anchor_end    integer not null check (anchor_end > anchor_start),
    anchor_exact  text not null,
    anchor_prefix text not null,
    anchor_suffix text not null,
    claimant      text,
    person        text,
    origin        text not null check (origin in ('EDITOR', 'CHECKER')),
    status        text not null check (status in ('PENDING', 'REVIEWED', 'ORPHANED')),
    verdict       text check (verdict in ('ACCURATE', 'MOSTLY_ACCURATE', 'OUTDATED', 'MISLEADING', 'INACCURATE', 'UNVERIFIED')),
    confidence    double precision check (confidence between 0 and 1),
    annotation    jsonb,
    reviewed_at   timestamptz,
    version       bigint not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    -- full-text search over what a claim says and the words it quotes
    search        tsvector generated always as (
                      to_tsvector('english', text || ' ' || anchor_exact || ' ' || coalesce(claimant, '') || ' ' || coalesce(person, ''))
                  ) stored
);
create index claim_article_idx on claim (article_id, anchor_start);
create index claim_created_idx on claim (created_at desc, id desc);
create index claim_search_idx on claim using gin (search);
create index claim_verdict_idx on claim (verdict);

create table review (
    id          uuid primary key,
    claim_id    uuid not null references claim (id) on delete cascade,
    verdict     text not null check (verdict in ('ACCURATE', 'MOSTLY_ACCURATE', 'OUTDATED', 'MISLEADING', 'INACCURATE', 'UNVERIFIED')),
    confidence  double precision not null check (confidence between 0 and 1),
    summary     text not null,
    correction  text,
    evidence    jsonb not null default '{"items": []}',
    reviewer    text,
    created_at  timestamptz not null
);
create index review_claim_idx on review (claim_id, created_at desc, id desc);

-- Named one-time data loads (the seed corpus), so a restart or a second instance never loads them twice.
create table data_load (
    name       text primary key,
    loaded_at  timestamptz not null
);
