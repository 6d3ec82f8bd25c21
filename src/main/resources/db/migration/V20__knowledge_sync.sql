-- Knowledge that stays current (src/docs/knowledge-sync.md): where each tenure came from, the runs of Wikidata syncs
-- and imports, the changes they found (applied, or held for an admin), and the lease that lets one instance sync at
-- a time.

-- Where a tenure came from (the shipped file, a hand edit through the API, or Wikidata: an entity import, a SPARQL
-- import or a sync) and when a source last confirmed it. Rows older than this migration are classified by what they
-- carry: a file key, else a Wikidata statement, else the API.
alter table tenure add column origin text not null default 'API' check (origin in ('SHIPPED', 'API', 'WIKIDATA'));
alter table tenure add column confirmed_at timestamptz;
update tenure set origin = 'SHIPPED', confirmed_at = updated_at where key is not null;
update tenure set origin = 'WIKIDATA', confirmed_at = updated_at where key is null and wikidata_statement_id is not null;

-- One run: a sync with Wikidata, an import of a SPARQL answer, or an admin's accepted proposal; each ends with the
-- re-check of the articles its changes affect. A failed run changed nothing (its change set is one transaction).
create table knowledge_sync (
    id                  uuid primary key,
    kind                text not null check (kind in ('SYNC', 'IMPORT', 'REVIEW')),
    trigger             text not null check (trigger in ('MANUAL', 'SCHEDULED')),
    -- a scheduled sync's slot ('daily:2026-03-05'): of several instances scheduled at once, one runs it
    slot                text unique,
    state               text not null check (state in ('RUNNING', 'RECHECKING', 'SUCCEEDED', 'FAILED')),
    requested_by        text,
    endpoint            text,
    -- the day the answer describes: a sync's day, or the asOf an import names; offices' known-until dates advance to it
    as_of               date,
    offices_queried     integer not null default 0,
    requests            integer not null default 0,
    statements          integer not null default 0,
    people_created      integer not null default 0,
    offices_created     integer not null default 0,
    tenures_created     integer not null default 0,
    tenures_ended       integer not null default 0,
    tenures_changed     integer not null default 0,
    tenures_confirmed   integer not null default 0,
    proposals           integer not null default 0,
    skipped_count       integer not null default 0,
    -- {"skipped": [{statement, person, office, reason}, …], "errors": ["…"]}, both capped
    report              jsonb not null default '{"skipped": [], "errors": []}',
    error               text,
    articles_to_recheck integer not null default 0,
    articles_rechecked  integer not null default 0,
    articles_changed    integer not null default 0,
    claims_flagged      integer not null default 0,
    recheck_errors      integer not null default 0,
    created_at          timestamptz not null,
    applied_at          timestamptz,
    finished_at         timestamptz,
    heartbeat_at        timestamptz not null
);
create index knowledge_sync_created_idx on knowledge_sync (created_at desc, id desc);
create index knowledge_sync_kind_idx on knowledge_sync (kind, state, created_at desc);

-- What a run found: applied at once (additions, end dates of open tenures, changes to rows Wikidata itself supplied),
-- or PROPOSED when it contradicts a shipped or hand-edited fact, until an admin accepts or rejects it.
create table knowledge_change (
    id                uuid primary key,
    sync_id           uuid not null references knowledge_sync (id) on delete cascade,
    kind              text not null check (kind in ('PERSON_ADDED', 'PERSON_LINKED', 'OFFICE_ADDED', 'OFFICE_LINKED',
                                                    'TENURE_ADDED', 'TENURE_ENDED', 'TENURE_DATES_CHANGED')),
    status            text not null check (status in ('APPLIED', 'PROPOSED', 'ACCEPTED', 'REJECTED', 'SUPERSEDED')),
    person_id         uuid references person (id) on delete set null,
    office_id         uuid references office (id) on delete set null,
    tenure_id         uuid references tenure (id) on delete set null,
    statement_id      text,
    before_start      date,
    before_end        date,
    before_precision  text check (before_precision in ('DAY', 'MONTH', 'YEAR')),
    after_start       date,
    after_end         date,
    after_precision   text check (after_precision in ('DAY', 'MONTH', 'YEAR')),
    reason            text not null,
    decided_at        timestamptz,
    decided_by        text,
    -- the REVIEW run that applied an accepted proposal and re-checks the articles it affects
    review_sync_id    uuid references knowledge_sync (id) on delete set null,
    version           bigint not null,
    created_at        timestamptz not null
);
create index knowledge_change_created_idx on knowledge_change (created_at desc, id desc);
create index knowledge_change_status_idx on knowledge_change (status, created_at desc, id desc);
create index knowledge_change_sync_idx on knowledge_change (sync_id);
create index knowledge_change_tenure_idx on knowledge_change (tenure_id);
-- a tenure waits for at most one decision at a time; a newer proposal supersedes the older one
create unique index knowledge_change_one_proposal_idx on knowledge_change (tenure_id) where status = 'PROPOSED';

-- The lease on fetching and applying a change set: one row; whoever holds it unexpired runs, others wait or skip.
-- A holder renews it while it works; a holder that died lets it expire, and the next run marks its run FAILED.
create table knowledge_sync_lease (
    name        text primary key,
    sync_id     uuid,
    holder      text,
    expires_at  timestamptz
);
insert into knowledge_sync_lease (name) values ('knowledge-sync');
