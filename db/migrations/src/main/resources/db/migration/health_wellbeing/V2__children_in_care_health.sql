-- Children in care health: one record per period of care (social care's child-entered-care), with the initial
-- health assessment due 20 working days after the child entered care, and the checks the SSDA903 OC2 file asks of
-- health: health assessments (initial and reviews), dental checks, immunisation status, SDQ scores.

create table care_health_record (
    record_id        uuid primary key,
    child_id         uuid not null,                    -- kernel ChildId, as published by social care
    period_id        uuid not null unique,             -- social care's period of care: one record each, so a
                                                       -- redelivered entry finds its record and changes nothing
    date_of_birth    date not null,
    entered_care_on  date not null,
    iha_due_by       date not null,                    -- 20 working days (England bank holidays skipped)
    version          bigint not null default 0,
    registered_at    timestamptz not null default now()
);
create index care_health_record_child on care_health_record (child_id);

create table care_health_check (
    record_id   uuid not null references care_health_record (record_id),
    seq         int not null,                          -- the order checks were recorded in
    kind        text not null check (kind in ('HEALTH_ASSESSMENT', 'DENTAL_CHECK', 'IMMUNISATIONS', 'SDQ')),
    checked_on  date not null,
    sdq_score   int check (sdq_score between 0 and 40),
    up_to_date  boolean,                               -- IMMUNISATIONS: up to date for the child's age
    primary key (record_id, seq),
    check ((kind = 'SDQ') = (sdq_score is not null)),
    check ((kind = 'IMMUNISATIONS') = (up_to_date is not null))
);
