-- publishedAt as the CMS sent it: a date, or a date-time with its offset. published_at stays the publication's local
-- date (the checker's reference date, and what date bounds compare); published_instant is the moment of publication
-- (a date alone counts from its start in UTC), what date-time bounds compare; published_offset_seconds is the offset
-- that was sent, null when only a date was.
alter table article
    add column published_instant timestamptz,
    add column published_offset_seconds integer,
    add constraint article_published_offset_range
        check (published_offset_seconds between -64800 and 64800),
    add constraint article_published_instant_with_date
        check ((published_at is null) = (published_instant is null)),
    add constraint article_published_offset_with_instant
        check (published_offset_seconds is null or published_instant is not null);

update article set published_instant = published_at::timestamp at time zone 'UTC' where published_at is not null;

create index article_published_instant on article (published_instant);
