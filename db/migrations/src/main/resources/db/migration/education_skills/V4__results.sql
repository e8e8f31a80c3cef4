-- Pupils' results (ADR 0045): the EYFS profile, KS2 and KS4, one row per pupil per school year, with disadvantage
-- (FSM for the EYFS profile, FSM6 at KS2 and KS4) so that gaps can be reported. The rules (good level of development,
-- expected standard in RWM, English and maths at grade 4/5) are the domain's; their outcomes are stored beside the
-- facts so that measures count them in SQL.

create table eyfs_profile (
    upn                       text not null references pupil (upn),
    academic_year             integer not null check (academic_year between 2000 and 2100),
    urn                       integer not null references setting (urn),
    fsm                       boolean not null,
    goals_expected            text[] not null,       -- the early learning goals at the expected level
    good_level_of_development boolean not null,
    primary key (upn, academic_year)
);
create index eyfs_profile_by_year on eyfs_profile (academic_year);

create table ks2_result (
    upn                  text not null references pupil (upn),
    academic_year        integer not null check (academic_year between 2000 and 2100),
    urn                  integer not null references setting (urn),
    fsm6                 boolean not null,
    reading_score        integer check (reading_score between 80 and 120),
    maths_score          integer check (maths_score between 80 and 120),
    writing_ta           text not null,             -- STA writing teacher assessment code (GDS, EXS, WTS, ...)
    expected_rwm         boolean not null,
    higher_rwm           boolean not null,
    primary key (upn, academic_year)
);
create index ks2_result_by_year on ks2_result (academic_year);

create table ks4_result (
    upn                  text not null references pupil (upn),
    academic_year        integer not null check (academic_year between 2000 and 2100),
    urn                  integer not null references setting (urn),
    fsm6                 boolean not null,
    attainment_8         numeric(4, 2) not null check (attainment_8 between 0 and 90),
    progress_8           numeric(4, 2) check (progress_8 between -10 and 10),
    english_grade        integer not null check (english_grade between 0 and 9),
    maths_grade          integer not null check (maths_grade between 0 and 9),
    english_maths_4      boolean not null,
    english_maths_5      boolean not null,
    primary key (upn, academic_year)
);
create index ks4_result_by_year on ks4_result (academic_year);
