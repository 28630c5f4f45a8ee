-- Searches that found nothing, one row per normalised query text: how often and on which days
-- (first/last) it was asked, and what an editor decided to do about it. Deliberately no IP, session
-- or user column: the counter only ever sees the query text (issue 5, privacy).
create table zero_result_query (
    query          varchar(100)  primary key,
    search_count   bigint        not null,
    first_seen     date          not null,
    last_seen      date          not null,
    -- OPEN, SYNONYM, FIND_PROVISION, IGNORED or DONE (ZeroResultStatus).
    status         varchar(20)   not null default 'OPEN',
    -- For SYNONYM: the existing words the editor says the query means.
    synonym_words  varchar(300),
    -- For FIND_PROVISION: the editor's optional note.
    note           varchar(1000),
    handled_by     varchar(100),
    handled_at     timestamptz
);

create index zero_result_query_by_status_and_count on zero_result_query (status, search_count desc);
