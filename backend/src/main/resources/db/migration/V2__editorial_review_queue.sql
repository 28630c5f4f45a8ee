-- The review queue: proposals from the crawler, the public "klopt er iets niet?" form and providers.
-- Nothing here is public until an editor accepts it into the catalogue.
create table proposal (
    id          uuid primary key,
    origin      varchar(120) not null,            -- "crawler:<sourceId>", "public" or "provider"
    entry_id    varchar(100) references entry (id), -- null: proposes a new entry
    note        text,
    source_url  varchar(1000),
    status      varchar(20)  not null check (status in ('OPEN', 'DONE')),
    created_at  timestamptz  not null,
    decided_at  timestamptz,
    decided_by  varchar(100),
    version     bigint       not null default 0
);
create index proposal_open_idx on proposal (status, created_at);
create index proposal_entry_idx on proposal (entry_id);

-- One proposed value per field, with the value the entry had when the proposal arrived (for the diff).
create table proposal_field (
    proposal_id    uuid         not null references proposal (id) on delete cascade,
    field          varchar(40)  not null,
    proposed_value text,
    value_before   text,
    decision       varchar(20)  not null check (decision in ('OPEN', 'ACCEPTED', 'REJECTED')),
    primary key (proposal_id, field)
);
