-- What the CIN census asks of a child and of a CIN episode that CYPF's casework does not record elsewhere
-- (issue 13, ADR 0071). Ethnicity stays on child (one ethnicity per child, the same as SSDA903's ETHNIC).

-- A child's CIN census identifiers and characteristics besides those on child.
create table cin_census_child (
    child_id      uuid primary key references child (child_id),
    former_upn    text,                                   -- FormerUPN
    upn_unknown   text check (upn_unknown in ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7')),  -- UPNunknown
    death_date    date,                                   -- PersonDeathDate
    disabilities  text[] not null default '{}'            -- Disability codes (NONE when recorded as none)
);

-- A CIN episode's (a referral's) primary need: the main reason the child is in need, N0-N9.
create table cin_census_episode (
    referral_id   uuid primary key references referral (referral_id),
    primary_need  text not null                           -- PrimaryNeedCode
);

-- A CIN plan of a CIN episode (CINPlanDates): from its start to its end, open while end_date is null.
create table cin_plan (
    cin_plan_id   uuid primary key,
    referral_id   uuid not null references referral (referral_id),
    start_date    date not null,                          -- CINPlanStartDate
    end_date      date,                                   -- CINPlanEndDate
    check (end_date is null or end_date >= start_date)
);
create index cin_plan_referral on cin_plan (referral_id, start_date);
