-- Crawl review: the provider sites editors configure, every crawl of them, and what a crawl leaves behind.
-- The crawler never writes to the catalogue; it only proposes (see the editorial proposal table).

create table crawl_source (
    id                 varchar(100) primary key,  -- a slug; proposals name it as origin "crawler:<id>"
    name               varchar(200) not null,
    start_urls         text         not null,     -- one absolute http(s) URL per line
    allowed_hosts      text         not null default '',  -- one per line; empty: the start URLs' hosts
    allowed_prefixes   text         not null default '',  -- one path prefix per line; empty: every path
    schedule           varchar(100),              -- Spring cron ("0 0 4 * * MON") or ISO-8601 interval ("P7D"); null: by hand only
    enabled            boolean      not null default true,
    max_pages          integer      check (max_pages is null or max_pages between 1 and 100000),
    max_depth          integer      check (max_depth is null or max_depth between 0 and 50),
    next_run_at        timestamptz,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0
);

create table crawl_run (
    id              uuid primary key,
    source_id       varchar(100) not null references crawl_source (id) on delete cascade,
    trigger         varchar(20)  not null check (trigger in ('MANUAL', 'SCHEDULED')),
    status          varchar(20)  not null check (status in ('QUEUED', 'RUNNING', 'FINISHED', 'CANCELLED', 'FAILED', 'INTERRUPTED')),
    started_by      varchar(100),
    queued_at       timestamptz  not null,
    started_at      timestamptz,
    ended_at        timestamptz,
    pages           integer      not null default 0,
    entries         integer      not null default 0,
    proposals       integer      not null default 0,
    errors          integer      not null default 0,
    stop_requested  boolean      not null default false,
    message         varchar(1000)
);
-- One run per source at a time, enforced by the database itself: a second "crawl now" (from another
-- session, the scheduler, or another application instance) fails on this index instead of racing.
create unique index crawl_run_one_active_per_source on crawl_run (source_id) where status in ('QUEUED', 'RUNNING');
create index crawl_run_source_idx on crawl_run (source_id, queued_at desc);

-- A run's log, bounded by the application (wegwijs.crawler.max-log-lines per run).
create table crawl_run_log (
    id       bigserial primary key,
    run_id   uuid          not null references crawl_run (id) on delete cascade,
    at       timestamptz   not null,
    level    varchar(10)   not null check (level in ('INFO', 'WARN', 'ERROR')),
    message  varchar(1000) not null
);
create index crawl_run_log_run_idx on crawl_run_log (run_id, id);

-- ETag, Last-Modified and body hash per page, so the next crawl asks conditionally (RFC 9110 §13.1).
create table crawl_page (
    source_id      varchar(100)  not null references crawl_source (id) on delete cascade,
    url            varchar(2000) not null,
    etag           varchar(500),
    last_modified  varchar(100),
    content_hash   varchar(64),
    seen_at        timestamptz   not null,
    primary key (source_id, url)
);

-- What a source has already proposed, so a page that changed elsewhere does not propose the same thing twice.
create table crawl_proposal (
    source_id    varchar(100) not null references crawl_source (id) on delete cascade,
    fingerprint  varchar(64)  not null,
    proposal_id  uuid         not null,
    entry_id     varchar(100),
    created_at   timestamptz  not null,
    primary key (source_id, fingerprint)
);

-- The latest link check of each published entry's website, for the editors' dashboard.
create table link_check (
    entry_id    varchar(100)  primary key,   -- no foreign key: the result may outlive the entry briefly
    entry_name  varchar(300)  not null,
    url         varchar(1000) not null,
    outcome     varchar(20)   not null check (outcome in ('OK', 'BROKEN', 'MOVED', 'UNREACHABLE')),
    http_status integer,
    new_url     varchar(1000),
    detail      varchar(500),
    checked_at  timestamptz   not null
);
create index link_check_outcome_idx on link_check (outcome);
