-- Healthy child programme: children known to health visiting and school nursing, keyed by their NHS number
-- (ten digits, modulus 11 check digit checked by the application), with the five mandated health visiting reviews
-- and their windows (antenatal from 28 weeks of pregnancy; new birth visit 10-14 days; 6-8 weeks; 9-12 months;
-- 2-2½ years), each done, missed or declined; and school nursing contacts by the 5-19 high impact area.

create table hcp_child (
    nhs_number     text primary key check (nhs_number ~ '^[0-9]{10}$'),
    child_id       uuid not null unique,              -- kernel ChildId: the partnership-wide identifier
    date_of_birth  date not null,
    version        bigint not null default 0
);

create table hcp_review (
    nhs_number  text not null references hcp_child (nhs_number),
    review      text not null check (review in ('ANTENATAL', 'NEW_BIRTH', 'SIX_TO_EIGHT_WEEKS', 'ONE_YEAR',
                                                'TWO_AND_A_HALF_YEARS')),
    opens_on    date not null,
    closes_on   date not null,                        -- the review is on time when done by this day
    outcome     text check (outcome in ('DONE', 'MISSED', 'DECLINED')),
    outcome_on  date,
    primary key (nhs_number, review),
    check ((outcome is null) = (outcome_on is null))
);
create index hcp_review_due on hcp_review (review, closes_on);

create table school_nursing_contact (
    nhs_number        text not null references hcp_child (nhs_number),
    seq               int not null,
    contact_on        date not null,
    school_urn        text check (school_urn ~ '^[0-9]{6}$'),
    high_impact_area  int not null check (high_impact_area between 1 and 6),
    primary key (nhs_number, seq)
);
