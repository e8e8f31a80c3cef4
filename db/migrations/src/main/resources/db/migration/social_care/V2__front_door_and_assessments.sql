-- The front door (contacts and the decision on each), referrals and child and family assessments, recorded so the
-- CIN census can be produced from them: referral source (CIN ReferralSource), referral date, assessment start and
-- authorisation dates, factors identified at the end of assessment, closure date and reason.

create table contact (
    contact_id             uuid primary key,
    child_id               uuid not null references child (child_id),
    received_at            timestamptz not null,
    received_on            date not null,                 -- the day received, in England
    decision_due_on        date not null,                 -- received_on + 1 working day (England and Wales)
    referral_source        text not null,                 -- CIN census referral source 1A..10
    referrer_name          text,
    referrer_organisation  text,
    worry                  text not null,                 -- the worry in the contact's own words
    decision               text check (decision in ('NO_FURTHER_ACTION', 'INFORMATION_AND_ADVICE',
                               'STEP_DOWN_TO_EARLY_HELP', 'REFERRAL_FOR_ASSESSMENT', 'STRATEGY_DISCUSSION')),
    decided_at             timestamptz,
    decided_on             date,
    decided_by             text,
    decision_note          text,
    referral_id            uuid,                          -- the referral a decision opened (referral.contact_id points back)
    version                bigint not null default 0,
    recorded_at            timestamptz not null default now(),
    check ((decision is null) = (decided_at is null)),
    check ((decided_at is null) = (decided_on is null)),
    check (decided_at is null or decided_at >= received_at),
    check (decision_due_on > received_on)
);
create index contact_received on contact (received_on);
create index contact_undecided on contact (decision_due_on) where decided_at is null;
create index contact_child on contact (child_id);

create table contact_family_member (
    contact_id    uuid not null references contact (contact_id),
    position      int not null,
    name          text not null,
    relationship  text,
    primary key (contact_id, position)
);

-- A referral opens a CIN episode (CIN census CINdetails).
create table referral (
    referral_id      uuid primary key,
    child_id         uuid not null references child (child_id),
    referral_date    date not null,                       -- CINreferralDate
    referral_source  text not null,                       -- ReferralSource
    contact_id       uuid references contact (contact_id),
    closure_date     date,                                -- CINclosureDate
    closure_reason   text,                                -- ReasonForClosure RC1..RC9
    version          bigint not null default 0,
    recorded_at      timestamptz not null,
    check ((closure_date is null) = (closure_reason is null)),
    check (closure_date is null or closure_date >= referral_date)
);
create index referral_child on referral (child_id, referral_date);
create index referral_dates on referral (referral_date);

-- A child and family assessment (CIN census Assessments group).
create table assessment (
    assessment_id    uuid primary key,
    referral_id      uuid not null references referral (referral_id),
    child_id         uuid not null references child (child_id),
    start_date       date not null,                       -- AssessmentActualStartDate
    due_date         date not null,                       -- referral date + 45 working days
    completed_date   date,
    authorised_date  date,                                -- AssessmentAuthorisationDate
    factors          text[] not null default '{}',        -- AssessmentFactors (CIN census codes)
    outcome          text check (outcome in ('NO_FURTHER_ACTION', 'CHILD_IN_NEED_PLAN', 'CHILD_PROTECTION_ENQUIRY')),
    version          bigint not null default 0,
    check (completed_date is null or completed_date >= start_date),
    check (authorised_date is null or authorised_date >= completed_date),
    check ((completed_date is null) = (outcome is null))
);
-- One assessment in progress per referral at a time.
create unique index assessment_one_in_progress_per_referral on assessment (referral_id) where completed_date is null;
create index assessment_authorised on assessment (authorised_date);
