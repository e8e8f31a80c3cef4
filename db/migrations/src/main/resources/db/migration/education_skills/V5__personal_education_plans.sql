-- Personal Education Plans of children in care (ADR 0046): the first within 20 school days of entering care, then
-- reviewed each term. virtual_school_child.pep_due_by becomes the child's next PEP due date, moved on by each PEP.

create table personal_education_plan (
    pep_id              uuid primary key,
    registration_id     uuid not null references virtual_school_child (registration_id),
    child_id            uuid not null,
    held_on             date not null,
    due_by              date not null,               -- the due date this PEP answered
    next_review_by      date not null,               -- the end of the next school term
    targets             text[] not null check (cardinality(targets) between 1 and 20),
    pupil_premium_plus  numeric(8, 2) check (pupil_premium_plus between 0 and 100000),
    recorded_at         timestamptz not null default now()
);
create index personal_education_plan_by_registration on personal_education_plan (registration_id, held_on);
create index personal_education_plan_by_held_on on personal_education_plan (held_on);
create index virtual_school_child_pep_due on virtual_school_child (pep_due_by) where left_care_on is null;
