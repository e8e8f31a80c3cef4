-- Child protection: strategy discussions, the section 47 enquiry, the initial child protection conference (ICPC)
-- and child protection plans with their reviews, as the CIN census records them (Section47 group, ChildProtectionPlans).

create table child_protection_enquiry (
    enquiry_id          uuid primary key,
    child_id            uuid not null references child (child_id),
    referral_id         uuid not null references referral (referral_id),
    s47_start_date      date,                             -- S47ActualStartDate
    s47_outcome         text check (s47_outcome in ('NO_FURTHER_ACTION', 'CHILD_IN_NEED_PLAN', 'INITIAL_CONFERENCE')),
    s47_outcome_date    date,
    icpc_due_date       date not null,                    -- InitialCPCtarget: last strategy discussion + 15 working days
    icpc_date           date,                             -- DateOfInitialCPC
    icpc_outcome        text check (icpc_outcome in ('CHILD_PROTECTION_PLAN', 'NO_PLAN')),
    version             bigint not null default 0,
    check ((s47_outcome is null) = (s47_outcome_date is null)),
    check (s47_outcome_date is null or s47_outcome_date >= s47_start_date),
    check ((icpc_date is null) = (icpc_outcome is null))
);
create index child_protection_enquiry_child on child_protection_enquiry (child_id);
create index child_protection_enquiry_icpc on child_protection_enquiry (icpc_date);

create table strategy_discussion (
    enquiry_id       uuid not null references child_protection_enquiry (enquiry_id),
    discussion_date  date not null,
    primary key (enquiry_id, discussion_date)
);

create table child_protection_plan (
    plan_id           uuid primary key,
    child_id          uuid not null references child (child_id),
    referral_id       uuid not null references referral (referral_id),
    enquiry_id        uuid not null unique references child_protection_enquiry (enquiry_id),
    icpc_date         date not null,
    start_date        date not null,                      -- CPPstartDate
    initial_category  text not null check (initial_category in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
    latest_category   text not null check (latest_category in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
    previous_plans    int not null check (previous_plans >= 0),  -- NumberOfPreviousCPP
    end_date          date,                               -- CPPendDate
    end_reason        text,
    version           bigint not null default 0,
    check (start_date >= icpc_date),
    check (end_date is null or end_date >= start_date),
    check ((end_date is null) = (end_reason is null))
);
-- A child cannot have two open plans.
create unique index child_protection_plan_one_open_per_child on child_protection_plan (child_id) where end_date is null;
create index child_protection_plan_dates on child_protection_plan (start_date, end_date);

create table child_protection_review (
    plan_id      uuid not null references child_protection_plan (plan_id),
    review_date  date not null,                           -- CPPreviewDate
    category     text check (category in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
    primary key (plan_id, review_date)
);
