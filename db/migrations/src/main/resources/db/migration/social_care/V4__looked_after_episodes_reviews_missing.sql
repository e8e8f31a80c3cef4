-- Children looked after beyond the first episode (SSDA903): the reason a placement changed, the header fields an
-- imported return carries, looked-after reviews, missing and away-from-placement episodes, and unaccompanied
-- asylum-seeking children.

-- REASON_PLACE_CHANGE: given for an episode opened by a change of placement (RNE P, T, B, U), blank otherwise.
alter table episode add column reason_place_change text;

-- SSDA903 header fields CYPF holds when it is told them (an imported return). "if not exists": the CIN census may
-- need the same facts, and whichever migration comes first adds them.
alter table child add column if not exists ethnicity text;                 -- ETHNIC (e.g. WBRI)
alter table child add column if not exists mother text;                    -- MOTHER: 1 the child is a mother, 0 not
alter table child add column if not exists mother_child_dob date;          -- MC_DOB: the date of birth of her child

-- Looked-after reviews (SSDA903 Reviews: CHILD, DOB, REVIEW, REVIEW_CODE). One review of a child on a day.
create table looked_after_review (
    review_id      uuid primary key,
    period_id      uuid not null references period_of_care (period_id),
    child_id       uuid not null references child (child_id),
    review_date    date not null,                      -- REVIEW
    participation  text not null,                      -- REVIEW_CODE PN0-PN7
    recorded_at    timestamptz not null default now(),
    unique (child_id, review_date)
);
create index looked_after_review_period on looked_after_review (period_id, review_date);

-- Missing (M) or away from placement without authorisation (A) (SSDA903 Missing: MISSING, MIS_START, MIS_END).
create table missing_episode (
    missing_id     uuid primary key,
    child_id       uuid not null references child (child_id),
    kind           text not null check (kind in ('M', 'A')),
    start_date     date not null,                      -- MIS_START
    end_date       date,                               -- MIS_END, blank while the child is still missing
    version        bigint not null default 0,
    check (end_date is null or end_date >= start_date),
    unique (child_id, start_date, kind)
);
create index missing_episode_dates on missing_episode (start_date, end_date);

-- Unaccompanied asylum-seeking children (SSDA903 UASC: CHILD, SEX, DOB, DUC). A row means the child is or was one.
create table unaccompanied_asylum_seeker (
    child_id       uuid primary key references child (child_id),
    date_ceased    date,                               -- DUC; null while the child is still an UASC
    version        bigint not null default 0
);
