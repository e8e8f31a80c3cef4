-- Children looked after (SSDA903). A period of care is made of episodes; a change of legal status or
-- placement closes one episode (REC X1) and opens the next on the same day.

create table child (
    child_id       uuid primary key,                   -- partnership-wide identifier (kernel ChildId)
    la_child_id    text not null unique,               -- CHILD: the authority's own reference
    upn            text,
    nhs_number     text,
    date_of_birth  date not null,
    sex            text not null check (sex in ('1', '2')),  -- SSDA903 SEX: 1 male, 2 female
    created_at     timestamptz not null default now()
);

create table period_of_care (
    period_id      uuid primary key,
    child_id       uuid not null references child (child_id),
    start_date     date not null,                      -- DECOM of the first episode
    end_date       date,                               -- DEC of the last episode
    reason_ceased  text,                               -- REC of the last episode
    version        bigint not null default 0,
    check (end_date is null or end_date >= start_date),
    check ((end_date is null) = (reason_ceased is null))
);
-- A child cannot be looked after twice at once.
create unique index period_of_care_one_open_per_child on period_of_care (child_id) where end_date is null;

create table episode (
    episode_id          uuid primary key,
    period_id           uuid not null references period_of_care (period_id),
    start_date          date not null,                 -- DECOM
    reason_new_episode  text not null,                 -- RNE
    legal_status        text not null,                 -- LS
    category_of_need    text not null,                 -- CIN
    placement_type      text not null,                 -- PLACE
    placement_provider  text not null,                 -- PLACE_PROVIDER
    placement_postcode  text,                          -- PL_POST
    home_postcode       text,                          -- HOME_POST
    placement_urn       text,                          -- URN (Ofsted), when registered
    end_date            date,                          -- DEC
    reason_ceased       text,                          -- REC
    check (end_date is null or end_date >= start_date)
);
create index episode_period on episode (period_id, start_date);
create index period_of_care_dates on period_of_care (start_date, end_date);
