-- The catalogue, aligned with Open Referral HSDS 3.0: organization, service (our "entry"),
-- location, service_at_location, contact, taxonomy_term, eligibility and funding.
-- Our own additions (kind, for whom, access route, setting ...) are optional columns or side tables.

create table organization (
    id           varchar(100) primary key,
    name         varchar(300) not null,
    description  text,
    website      varchar(500),
    email        varchar(320),
    phone        varchar(60),
    affiliation  varchar(300),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0
);

create table taxonomy_term (
    id          varchar(160) primary key,
    name        varchar(200) not null unique,
    vocabulary  varchar(60)  not null default 'wegwijs',
    parent_id   varchar(160) references taxonomy_term (id)
);

-- HSDS "service", widened with the kinds the source documents name.
create table entry (
    id                       varchar(100) primary key,
    name                     varchar(300) not null,
    kind                     varchar(40)  not null,
    status                   varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    organization_id          varchar(100) references organization (id),
    summary                  text,
    summary_en               text,
    description              text,
    audience                 text,
    region                   varchar(200),
    url                      varchar(500),
    email                    varchar(320),
    phone                    varchar(60),
    source                   varchar(40)  not null,
    source_detail            text,
    last_verified_on         date,
    -- eligibility (HSDS eligibility / service.minimum_age, maximum_age)
    age_min                  integer check (age_min is null or age_min between 0 and 120),
    age_max                  integer check (age_max is null or age_max between 0 and 120),
    referral_needed          boolean,
    waiting_time             text,
    waiting_time_checked_on  date,
    capacity                 text,
    capacity_checked_on      date,
    reachability             text,
    emergency_line_24h       boolean,
    lifecycle                varchar(20) check (lifecycle is null or lifecycle in ('PILOT', 'RUNNING', 'ENDED', 'MERGED')),
    lifecycle_started_on     date,
    lifecycle_ended_on       date,
    merged_into_id           varchar(100) references entry (id),
    evidence_level           varchar(100),
    ownership                text,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  bigint       not null default 0,
    check (age_min is null or age_max is null or age_min <= age_max)
);
create index entry_status_idx on entry (status);
create index entry_kind_idx on entry (kind);

create table entry_category (
    entry_id  varchar(100) not null references entry (id) on delete cascade,
    term_id   varchar(160) not null references taxonomy_term (id),
    primary key (entry_id, term_id)
);

-- HSDS "funding", with a normalised route next to the source's own wording.
create table entry_funding (
    entry_id  varchar(100) not null references entry (id) on delete cascade,
    position  integer      not null,
    route     varchar(20)  not null,
    detail    text,
    primary key (entry_id, position)
);

create table entry_for_whom (
    entry_id  varchar(100) not null references entry (id) on delete cascade,
    for_whom  varchar(20)  not null,
    primary key (entry_id, for_whom)
);

create table entry_access_route (
    entry_id      varchar(100) not null references entry (id) on delete cascade,
    access_route  varchar(30)  not null,
    primary key (entry_id, access_route)
);

create table entry_setting (
    entry_id  varchar(100) not null references entry (id) on delete cascade,
    setting   varchar(20)  not null,
    primary key (entry_id, setting)
);

create table entry_contact_channel (
    entry_id  varchar(100) not null references entry (id) on delete cascade,
    channel   varchar(20)  not null,
    primary key (entry_id, channel)
);

create table entry_medical_capability (
    entry_id    varchar(100) not null references entry (id) on delete cascade,
    capability  varchar(120) not null,
    primary key (entry_id, capability)
);

create table entry_target_condition (
    entry_id   varchar(100) not null references entry (id) on delete cascade,
    condition  varchar(200) not null,
    primary key (entry_id, condition)
);

-- Which municipality contracts the provision, and when that was checked.
create table entry_contract (
    entry_id       varchar(100) not null references entry (id) on delete cascade,
    municipality   varchar(200) not null,
    contracted_on  date,
    primary key (entry_id, municipality)
);

create table entry_source_reference (
    entry_id  varchar(100) not null references entry (id) on delete cascade,
    position  integer      not null,
    document  varchar(200) not null,
    lines     varchar(60),
    primary key (entry_id, position)
);

-- HSDS location + service_at_location folded into one row per place an entry is offered.
create table location (
    id            uuid primary key,
    entry_id      varchar(100) not null references entry (id) on delete cascade,
    name          varchar(300),
    address_line  varchar(300),
    postcode      varchar(7),
    city          varchar(120),
    municipality  varchar(120),
    latitude      double precision check (latitude is null or latitude between -90 and 90),
    longitude     double precision check (longitude is null or longitude between -180 and 180)
);
create index location_entry_idx on location (entry_id);

-- HSDS contact (a named person or desk) with phone and e-mail.
create table contact (
    id        uuid primary key,
    entry_id  varchar(100) not null references entry (id) on delete cascade,
    name      varchar(200),
    title     varchar(200),
    phone     varchar(60),
    email     varchar(320)
);

-- Each bulk import (the demo catalogue, later HSDS/CSV) is recorded once by content hash.
create table catalogue_import (
    id            bigserial primary key,
    source        varchar(100) not null,
    content_hash  varchar(64)  not null,
    entry_count   integer      not null,
    imported_at   timestamptz  not null,
    unique (source, content_hash)
);
