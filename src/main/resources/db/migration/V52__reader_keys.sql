-- A reader key reads everything (drafts and unreviewed findings included) and writes nothing: dashboards, CI gates.
alter table api_key drop constraint api_key_role_check;
alter table api_key add constraint api_key_role_check check (role in ('reader', 'editor', 'admin'));
