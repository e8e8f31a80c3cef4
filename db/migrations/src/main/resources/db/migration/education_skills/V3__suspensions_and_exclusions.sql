-- Suspensions and permanent exclusions as the school census reports them (ADR 0041): one row per pupil, school,
-- category and start date, with the DfE's reason code. A suspension counts the sessions (half days) it lasts.

create table exclusion (
    exclusion_id   uuid primary key,
    upn            text not null references pupil (upn),
    urn            integer not null references setting (urn),
    category       text not null check (category in ('SUSPENSION', 'PERMANENT')),  -- census FIXD / PERM
    reason         text not null,                                                  -- DfE exclusion reason code
    start_date     date not null,
    sessions       integer check (sessions between 1 and 90),
    recorded_at    timestamptz not null default now(),
    unique (upn, urn, category, start_date),
    check ((category = 'SUSPENSION') = (sessions is not null))
);
create index exclusion_by_start on exclusion (start_date);

-- The virtual school's copy of a suspension or exclusion of a child on its roll: part of the child in care's
-- education record, under social care's child id (the roll's). Added once per exclusion, however often delivered.
create table virtual_school_exclusion (
    exclusion_id     uuid primary key,
    registration_id  uuid not null references virtual_school_child (registration_id),
    child_id         uuid not null,
    urn              integer not null,
    category         text not null check (category in ('SUSPENSION', 'PERMANENT')),
    reason           text not null,
    start_date       date not null,
    sessions         integer
);
create index virtual_school_exclusion_child on virtual_school_exclusion (child_id, start_date);
