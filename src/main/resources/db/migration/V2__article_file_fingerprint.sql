-- Runs unchanged on H2 and PostgreSQL: plain types only, no vendor functions.

-- The size and modification time of an article's file and sidecar when they were last
-- read: a sync trusts a file whose fingerprint has not changed without reading it again.
-- Null (rows stored before this column, files modified too recently to trust) means
-- that the next sync reads and hashes the file, as before.
alter table article add column file_fingerprint varchar(255);
