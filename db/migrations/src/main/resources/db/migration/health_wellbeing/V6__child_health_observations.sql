-- Child health measures, imported from CSV files (one file per kind): birth weight, infant feeding status at the
-- 6-8 week review, NCMP child measurement (reception and year 6 BMI centile), the oral health survey of
-- five-year-olds (decayed, missing and filled teeth) and MMR immunisations. One row per child, kind, date and code.

create table child_health_observation (
    nhs_number     text not null check (nhs_number ~ '^[0-9]{10}$'),
    child_id       uuid not null,                      -- kernel ChildId
    date_of_birth  date not null,
    kind           text not null check (kind in ('BIRTH_WEIGHT', 'INFANT_FEEDING', 'CHILD_MEASUREMENT',
                                                 'ORAL_HEALTH', 'IMMUNISATION')),
    observed_on    date not null,
    code           text not null default '',           -- feeding status, school year (RECEPTION, YEAR_6), vaccine
    amount         numeric(7, 2),                      -- grams, BMI centile, dmft
    imported_at    timestamptz not null default now(),
    primary key (nhs_number, kind, observed_on, code)
);
create index child_health_observation_kind on child_health_observation (kind, observed_on);
create index child_health_observation_child on child_health_observation (child_id);
