-- Runs unchanged on H2 and PostgreSQL: plain types only, no vendor functions.

-- The body's language as the extractor detects it: an ISO 639-1 code, or null when it is
-- unsure. Searches stem words in each article's language; language= filters on it.
alter table article add column language varchar(8);
create index article_language_idx on article (language);
