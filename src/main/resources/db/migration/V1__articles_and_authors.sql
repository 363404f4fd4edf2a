-- Runs unchanged on H2 and PostgreSQL: plain types only, no vendor functions.

create table author (
    id              varchar(200)  not null primary key,
    name            varchar(300)  not null,
    article_count   integer       not null,
    first_published date,
    last_published  date
);

create table article (
    id                    varchar(255)   not null primary key,
    source_file           varchar(1024)  not null,
    content_hash          varchar(64)    not null,
    title                 varchar(1000),
    title_source          varchar(16),
    title_line            integer,
    authors_source        varchar(16),
    authors_line          integer,
    published_date        date,
    published_date_source varchar(16),
    published_date_line   integer,
    publisher             varchar(500),
    publisher_source      varchar(16),
    publisher_line        integer,
    url                   varchar(2048),
    url_source            varchar(16),
    url_line              integer,
    excerpt               varchar(1000)  not null,
    word_count            integer        not null,
    ingested_at           timestamp with time zone not null
);

-- Newest first, undated last, then id: the default order of GET /articles.
create index article_published_idx on article (published_date, id);
create index article_title_idx on article (title, id);
create index article_publisher_idx on article (publisher);

-- Bodies live apart so that listing a page never reads them.
create table article_body (
    article_id varchar(255)      not null primary key references article (id) on delete cascade,
    body       varchar          not null
);

create table article_author (
    article_id varchar(255) not null references article (id) on delete cascade,
    position   integer      not null,
    author_id  varchar(200) not null references author (id),
    primary key (article_id, position)
);

create index article_author_author_idx on article_author (author_id, article_id);

-- One row: what the last completed sync produced. Its version feeds ETag and Last-Modified.
create table corpus_version (
    id          integer                  not null primary key,
    version     varchar(64)              not null,
    article_count integer                not null,
    synced_at   timestamp with time zone not null
);
