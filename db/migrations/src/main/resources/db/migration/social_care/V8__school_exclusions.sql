-- A school's suspension or permanent exclusion of a child social care knows (matched by UPN), from education's event
-- education-skills.pupil-suspended-or-excluded (ADR 0041). When the child then had a social worker (an open referral
-- or child protection plan) or was looked after, an alert is raised for the allocated worker, open until seen.

create table school_exclusion (
    exclusion_id       uuid primary key,                    -- education's id of the exclusion: added once
    child_id           uuid not null references child (child_id),
    urn                integer not null,
    category           text not null check (category in ('SUSPENSION', 'PERMANENT')),
    reason             text not null,                       -- DfE exclusion reason code
    start_date         date not null,
    sessions           integer,
    alert_raised       boolean not null,                    -- for the allocated worker
    received_at        timestamptz not null default now()
);
create index school_exclusion_child on school_exclusion (child_id, start_date);
create index school_exclusion_open_alerts on school_exclusion (child_id) where alert_raised;
