-- The service directory, in the Open Referral UK (HSDS 3.0 UK profile) shape. Public reference data about
-- organisations and their services: no family's or child's record is kept here (those live in their own
-- aggregates and tables), so these tables are read without a caller. Each record keeps the ORUK document as it
-- was received (served back as is) beside the columns the searches use.

-- A feed as received from another directory, byte for byte. The digest makes a repeat of a source's latest feed
-- a no-op (an older feed sent again after a newer one is imported again: it changes the directory back).
create table directory_feed (
    feed_id      uuid primary key,
    source       text not null,
    digest       text not null,
    received     text not null,
    received_at  timestamptz not null,
    imported_by  text not null,
    services     integer not null
);
create index directory_feed_latest on directory_feed (source, received_at);

create table directory_organization (
    id        uuid primary key,
    name      text not null,
    document  text not null
);

create table directory_taxonomy (
    id        uuid primary key,
    name      text not null,
    document  text not null
);

create table directory_taxonomy_term (
    id           uuid primary key,
    taxonomy_id  uuid references directory_taxonomy (id),
    name         text not null,
    document     text not null
);

-- minimum_age / maximum_age: the eligibility range in whole years (null: no bound); free: a cost option of
-- amount 0 or none at all; search_text: name and description, for the directory's free-text search.
create table directory_service (
    id               uuid primary key,
    organization_id  uuid references directory_organization (id),
    name             text not null,
    status           text not null check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    minimum_age      integer,
    maximum_age      integer,
    free             boolean not null,
    search_text      text not null,
    document         text not null,
    list_document    text not null,
    feed_id          uuid references directory_feed (feed_id),
    check (minimum_age is null or maximum_age is null or minimum_age <= maximum_age)
);

-- Weekly opening times (ORUK schedule with freq WEEKLY, one row per day in byday).
create table directory_opening (
    service_id  uuid not null references directory_service (id) on delete cascade,
    byday       text not null check (byday in ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
    opens_at    time not null,
    closes_at   time not null,
    check (opens_at < closes_at)
);
create index directory_opening_service on directory_opening (service_id);

create table directory_service_term (
    service_id  uuid not null references directory_service (id) on delete cascade,
    term_id     uuid not null references directory_taxonomy_term (id),
    primary key (service_id, term_id)
);

create table directory_service_at_location (
    id          uuid primary key,
    service_id  uuid not null references directory_service (id) on delete cascade,
    document    text not null
);
create index directory_service_at_location_service on directory_service_at_location (service_id);
