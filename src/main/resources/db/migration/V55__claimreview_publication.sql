-- ClaimReview as publishers publish it (issue 14).
-- The fact-check page on the newsroom's own site that a review is published on: the ClaimReview url. Null when the
-- desk gave none (the export then falls back to claims.factcheck-url-template, or says that it has no url).
alter table review add column published_url text;

-- GET /claimreviews pages reviewed claims newest review first (keyset on reviewed_at, id).
create index claim_reviewed_idx on claim (reviewed_at desc, id desc) where reviewed_at is not null;

-- A claimant is matched to a known person by name or alias: the lower-cased forms of search_text as an array, so
-- that "forms && array[...]" finds them through the index rather than by scanning every person.
create index person_name_forms_idx on person using gin (string_to_array(search_text, chr(10)));
