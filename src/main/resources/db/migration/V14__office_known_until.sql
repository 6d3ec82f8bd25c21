-- The last day an office's holders are known (the knowledge's as-of date for it): a verdict about a later time holds
-- only as of that day. Null: no limit known (offices made through the API).
alter table office add column known_until date;
