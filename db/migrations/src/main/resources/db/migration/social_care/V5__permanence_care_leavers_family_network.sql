-- Permanence for children looked after (plans, adoption, previous permanence), care leavers (pathway plan, personal
-- adviser, the OC3 record at each birthday 17 to 21), and family network meetings.

-- One row per period of care once anything about its permanence is recorded.
create table permanence (
    period_id                       uuid primary key references period_of_care (period_id),
    child_id                        uuid not null references child (child_id),
    previous_permanence             text,              -- PrevPerm PREV_PERM (P1-P4, Z1)
    previous_permanence_authority   text,              -- LA_PERM
    previous_permanence_date        date,              -- DATE_PERM
    adoption_decision_date          date,              -- the decision the child should be placed for adoption:
                                                       -- AD1 DATE_INT and PlacedAdoption DATE_PLACED
    adoption_matched_date           date,              -- AD1 DATE_MATCH
    adopted_by_foster_carer         boolean,           -- AD1 FOSTER_CARE
    number_of_adopters              integer check (number_of_adopters in (1, 2)),  -- AD1 NB_ADOPTR
    sex_of_adopters                 text,              -- AD1 SEX_ADOPTR
    legal_status_of_adopters        text,              -- AD1 LS_ADOPTR
    adoption_decision_ceased_date   date,              -- PlacedAdoption DATE_PLACED_CEASED
    adoption_decision_ceased_reason text,              -- PlacedAdoption REASON_PLACED_CEASED (RD1-RD4)
    version                         bigint not null default 0
);
create index permanence_child on permanence (child_id);

-- The plan for permanence, as decided at a review; a later decision replaces an earlier one.
create table permanence_plan (
    period_id      uuid not null references permanence (period_id),
    decided_on     date not null,
    plan           text not null,                      -- REUNIFICATION, ADOPTION, SPECIAL_GUARDIANSHIP, ...
    primary key (period_id, decided_on)
);

-- A care leaver's pathway plan and personal adviser.
create table care_leaver (
    child_id                    uuid primary key references child (child_id),
    pathway_plan_date           date,
    personal_adviser            text,
    personal_adviser_from       date,
    version                     bigint not null default 0
);

-- SSDA903 OC3: contact with the care leaver around each birthday from 17 to 21.
create table care_leaver_birthday (
    child_id       uuid not null references child (child_id),
    age            integer not null check (age between 17 and 21),
    in_touch       text not null,                      -- IN_TOUCH
    activity       text,                               -- ACTIV
    accommodation  text,                               -- ACCOM
    primary key (child_id, age)
);

-- Each child whose 18th birthday while looked after has been published (social-care.care-leaver-turned-18), so the
-- use case that publishes it can run as often as it likes.
create table eighteenth_birthday_published (
    child_id       uuid primary key references child (child_id),
    birthday       date not null,
    period_id      uuid not null references period_of_care (period_id),
    published_at   timestamptz not null default now()
);

-- Family network meetings and family group conferences held for a child.
create table family_network_meeting (
    meeting_id     uuid primary key,
    child_id       uuid not null references child (child_id),
    held_on        date not null,
    meeting_type   text not null,                      -- FAMILY_NETWORK_MEETING, FAMILY_GROUP_CONFERENCE
    outcome        text not null,
    version        bigint not null default 0
);
create index family_network_meeting_child on family_network_meeting (child_id, held_on);
create index family_network_meeting_held on family_network_meeting (held_on);
