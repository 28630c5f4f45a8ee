-- Provider confirmation ("klopt dit nog?"): when an entry's contact was last mailed, so nobody is mailed twice
-- within the resend interval. Only the entry and the time: no address, nothing about parents.
create table confirmation_mail (
    id        bigserial    primary key,
    entry_id  varchar(100) not null references entry (id) on delete cascade,
    sent_at   timestamptz  not null
);
create index confirmation_mail_entry_idx on confirmation_mail (entry_id, sent_at);

-- The key that signs confirmation links when wegwijs.confirmation.secret is not set: generated once, so links
-- in mails already sent keep working after a restart. One row at most.
create table confirmation_key (
    id          smallint     primary key check (id = 1),
    secret      bytea        not null,
    created_at  timestamptz  not null
);
