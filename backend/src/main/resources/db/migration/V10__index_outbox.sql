-- Transactional outbox for the search index: a change to an entry writes its id here in the same
-- transaction, and the row is only removed once the index holds the change. If the index is
-- unavailable (or the app stops between commit and indexing) nothing is lost: the row is retried.
create table index_outbox (
    entry_id     varchar(100) primary key,
    enqueued_at  timestamptz  not null,
    attempts     integer      not null default 0,
    last_error   text
);
