-- The virtual school: children in care whose education the virtual school head oversees.

create table virtual_school_child (
    registration_id  uuid primary key,
    child_id         uuid not null,                    -- kernel ChildId, as published by social care
    upn              text,
    date_of_birth    date not null,
    entered_care_on  date not null,
    pep_due_by       date not null,                    -- Personal Education Plan: 20 school days (approximated as working days)
    left_care_on     date,
    version          bigint not null default 0,
    registered_at    timestamptz not null default now()
);
create unique index virtual_school_child_one_open on virtual_school_child (child_id) where left_care_on is null;
