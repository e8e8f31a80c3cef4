-- Programmes families and children are enrolled in (S000: Family Matters, Holiday Activities and Food; parenting
-- programmes), with each session's attendance (ADR 0066). A child's record, like every family record: read and
-- changed only through governance's access port; kept apart from the public directory.
create table programme_enrolment (
    enrolment_id      uuid primary key,
    child_id          uuid not null,
    programme         text not null check (programme in ('FAMILY_MATTERS', 'HOLIDAY_ACTIVITIES_AND_FOOD',
                                                         'PARENTING_PROGRAMME')),
    enrolled_on       date not null,
    -- who attends for the family when it is not the child (a parent on a parenting programme)
    participant       text,
    -- the family's early help episode, when the programme is part of its plan
    episode_id        uuid references early_help_episode (episode_id),
    -- free school meals eligibility as the family or school told it; null when not known (HAF reach, ADR 0066)
    free_school_meals boolean,
    version           bigint not null
);
create index programme_enrolment_child on programme_enrolment (child_id);
create index programme_enrolment_programme on programme_enrolment (programme, enrolled_on);

create table programme_session (
    enrolment_id uuid not null references programme_enrolment (enrolment_id),
    session_on   date not null,
    attended     boolean not null,
    primary key (enrolment_id, session_on)
);
create index programme_session_on on programme_session (session_on) where attended;
