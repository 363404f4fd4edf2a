-- Pages are listed newest first with undated articles last, or by title with untitled
-- ones last, ties broken by id. An index in exactly that order (nulls included) lets the
-- database walk to a deep page through the index alone and read only the page's rows; the
-- V1 indexes put nulls first on one side of the order, so every skipped row was read.
-- The newest-first index also serves the date filters.
drop index article_published_idx;
create index article_newest_first_idx on article (published_date desc nulls last, id);
drop index article_title_idx;
create index article_title_idx on article (title asc nulls last, id);
