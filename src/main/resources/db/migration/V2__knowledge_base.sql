-- Knowledge base: people, public offices, and the terms (tenures) in which people held them.
-- String lists are text[] (Hibernate maps List<String> to a PostgreSQL array; Hibernate Reactive reads jsonb only as
-- an object, never as a top-level array). key is the shipped knowledge file's stable identifier (null for rows made
-- through the API or the Wikidata import); the file's loader upserts by it.

create table person (
    id           uuid primary key,
    key          text unique,
    name         text not null,
    aliases      text[] not null default '{}',
    wikidata_id  text unique,
    description  text,
    -- lower-cased name and aliases, one a line, for GET /people?q=: lower-cased by the service in Java because a
    -- database with the C locale lower-cases only ASCII ("Ü" stays "Ü")
    search_text  text not null,
    version      bigint not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index person_created_idx on person (created_at desc, id desc);

create table office (
    id           uuid primary key,
    key          text unique,
    title        text not null,
    jurisdiction text,
    adjectives   text[] not null default '{}',
    aliases      text[] not null default '{}',
    wikidata_id  text unique,
    version      bigint not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index office_created_idx on office (created_at desc, id desc);

-- One row per continuous term. start <= d < end_date; end_date null: still in office. A date known only to the month
-- or year is stored as the first day of that month or year, and precision says so.
create table tenure (
    id                    uuid primary key,
    -- shipped rows: "<person key>/<office key>/<start>"; the file has no tenure keys of its own
    key                   text unique,
    person_id             uuid not null references person (id) on delete cascade,
    office_id             uuid not null references office (id) on delete cascade,
    start_date            date not null,
    end_date              date,
    precision             text not null check (precision in ('DAY', 'MONTH', 'YEAR')),
    source                text not null,
    note                  text,
    wikidata_statement_id text unique,
    version               bigint not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    constraint tenure_end_after_start check (end_date is null or end_date > start_date),
    -- the same person cannot start the same office twice on one day: that is one term entered twice
    constraint tenure_term_unique unique (person_id, office_id, start_date)
);
create index tenure_person_idx on tenure (person_id, start_date);
create index tenure_office_idx on tenure (office_id, start_date);
