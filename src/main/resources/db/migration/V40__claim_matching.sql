-- One claim, many appearances (issue 15): canonical claims, links between claims, match suggestions and the
-- fact-checks of other publishers. See src/docs/matching.md.

-- Trigram similarity (similarity, word_similarity, the % operator); ships with PostgreSQL and the embedded server.
create extension if not exists pg_trgm;

-- Claims linked as SAME_CLAIM share one canonical claim: its statement is the first appearance's, its verdict the
-- latest review of any appearance.
create table canonical_claim (
    id          uuid primary key,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

alter table claim add column canonical_claim_id uuid references canonical_claim (id) on delete set null;
-- While the claim is an appearance of a canonical claim: the review whose verdict and confidence it shows, and the
-- appearance that review was written on (this claim or another). Null otherwise.
alter table claim add column verdict_review_id uuid;
alter table claim add column verdict_claim_id uuid;
create index claim_canonical_idx on claim (canonical_claim_id) where canonical_claim_id is not null;
-- The matcher's person channel: claims about a person, whatever their words.
create index claim_person_lower_idx on claim (lower(person)) where person is not null;

-- A review written on an appearance that was deleted since moves to the canonical claim's first appearance, so the
-- shared verdict survives; moved_from is the appearance it was written on.
alter table review add column moved_from uuid;

-- RELATED links between claims (SAME_CLAIM is membership of a canonical claim, above): one row per pair, as linked.
create table claim_link (
    claim_id    uuid not null references claim (id) on delete cascade,
    target_id   uuid not null references claim (id) on delete cascade,
    relation    text not null check (relation in ('RELATED')),
    linked_by   text,
    created_at  timestamptz not null,
    primary key (claim_id, target_id),
    constraint claim_link_not_itself check (claim_id <> target_id)
);
create index claim_link_target_idx on claim_link (target_id);

-- Fact-checks published elsewhere, imported from ClaimReview JSON-LD, a DataFeed or Google's claims:search answer.
create table external_factcheck (
    id             uuid primary key,
    url            text not null unique,
    publisher      text,
    publisher_site text,
    headline       text,
    claim_text     text not null,
    claimant       text,
    claim_date     date,
    review_date    date,
    rating_text    text,
    -- 1 = true, 0 = false; null when the rating cannot be placed on that scale
    rating         double precision check (rating between 0 and 1),
    language       text,
    source_format  text not null check (source_format in ('CLAIM_REVIEW', 'DATA_FEED', 'GOOGLE_CLAIM_SEARCH')),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    search         tsvector generated always as (
                       to_tsvector('english', claim_text || ' ' || coalesce(claimant, ''))
                   ) stored
);
create index external_factcheck_search_idx on external_factcheck using gin (search);
create index external_factcheck_text_trgm_idx on external_factcheck using gin (claim_text gin_trgm_ops);
create index external_factcheck_created_idx on external_factcheck (created_at desc, id desc);

-- The matcher's suggestions for a new claim: another claim or an external fact-check, never linked until an editor
-- confirms (POST /claims/{id}/links) or rejects it.
create table claim_suggestion (
    id               uuid primary key,
    claim_id         uuid not null references claim (id) on delete cascade,
    target_claim_id  uuid references claim (id) on delete cascade,
    factcheck_id     uuid references external_factcheck (id) on delete cascade,
    score            double precision not null check (score between 0 and 1),
    why              text not null,
    status           text not null check (status in ('PENDING', 'CONFIRMED', 'REJECTED')),
    decided_by       text,
    decided_at       timestamptz,
    created_at       timestamptz not null,
    constraint claim_suggestion_one_target check ((target_claim_id is null) <> (factcheck_id is null))
);
create unique index claim_suggestion_claim_target_idx on claim_suggestion (claim_id, target_claim_id)
    where target_claim_id is not null;
create unique index claim_suggestion_claim_factcheck_idx on claim_suggestion (claim_id, factcheck_id)
    where factcheck_id is not null;
create index claim_suggestion_target_idx on claim_suggestion (target_claim_id) where target_claim_id is not null;
create index claim_suggestion_factcheck_idx on claim_suggestion (factcheck_id) where factcheck_id is not null;

-- claim.matched: suggestions were stored for the claim.
alter table claim_event drop constraint claim_event_type_check;
alter table claim_event add constraint claim_event_type_check check (type in ('claim.created', 'claim.reviewed',
    'claim.changed', 'claim.orphaned', 'claim.deleted', 'claim.matched'));
