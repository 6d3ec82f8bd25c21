-- Publication states (src/docs/publication.md). Every article that exists already was public (the seed corpus
-- included), so existing rows become PUBLISHED; new articles are drafts unless their creator says otherwise.
alter table article add column state text not null default 'PUBLISHED'
    check (state in ('DRAFT', 'PUBLISHED', 'RETRACTED'));
alter table article alter column state set default 'DRAFT';
-- When the state last changed (publish, retract); null while an article was never published.
alter table article add column state_changed_at timestamptz;
update article set state_changed_at = created_at;
-- Anonymous lists read published articles only, newest first.
create index article_published_created_idx on article (created_at desc, id desc) where state = 'PUBLISHED';
