-- Settings (the DfE's establishment register, GIAS), pupils by UPN and their attendance per term.

create table setting (
    urn                    integer primary key check (urn between 100000 and 999999),  -- GIAS unique reference number
    name                   text not null,
    type_of_establishment  text not null,          -- GIAS TypeOfEstablishment (name)
    phase_of_education     text not null,          -- GIAS PhaseOfEducation (name)
    trust                  text,                   -- GIAS Trusts (name), when the setting is in one
    postcode               text,
    version                bigint not null default 0
);

-- A pupil as education knows them: the UPN schools report, and the child id CYPF's access port and audit use.
create table pupil (
    upn       text primary key,
    child_id  uuid not null unique
);

-- Sessions (half days) possible and missed in one term at one school, as the school census reports them.
create table term_attendance (
    upn                text not null references pupil (upn),
    academic_year      integer not null check (academic_year between 2000 and 2100),  -- 2024 means 2024/25
    term               text not null check (term in ('AUTUMN', 'SPRING', 'SUMMER')),
    urn                integer not null references setting (urn),
    sessions_possible  integer not null check (sessions_possible > 0),
    sessions_missed    integer not null check (sessions_missed >= 0 and sessions_missed <= sessions_possible),
    primary key (upn, academic_year, term)
);
create index term_attendance_by_term on term_attendance (academic_year, term);
