-- A Family Hub's regular opening times (ADR 0069): Open Referral UK schedules with freq WEEKLY, one row each, served
-- in ORUK's shape. A place's hours, not a family's record; replaced whole when the hub's times change, keeping who
-- recorded them and when.
create table family_hub_schedule (
    schedule_id  uuid primary key,
    hub_id       uuid not null references family_hub (hub_id) on delete cascade,
    byday        text not null check (byday ~ '^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$'),
    opens_at     time not null,
    closes_at    time not null,
    valid_from   date,
    valid_to     date,
    description  text check (char_length(description) <= 500),
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    check (opens_at < closes_at),
    check (valid_from is null or valid_to is null or valid_from <= valid_to)
);
create index family_hub_schedule_hub on family_hub_schedule (hub_id);
