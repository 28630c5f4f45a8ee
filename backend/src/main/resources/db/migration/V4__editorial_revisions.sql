-- Every saved state of an entry, with who and when: the history editors diff and restore from.
create table entry_revision (
    id          bigserial    primary key,
    entry_id    varchar(100) not null references entry (id) on delete cascade,
    number      integer      not null,
    author      varchar(100) not null,
    changed_at  timestamptz  not null,
    action      varchar(20)  not null,   -- CREATED, EDITED, PUBLISHED, ARCHIVED, RESTORED, ACCEPTED
    status      varchar(20)  not null,
    fields      text         not null,   -- JSON object: field name -> value, as EntryFields reads it
    unique (entry_id, number)
);
