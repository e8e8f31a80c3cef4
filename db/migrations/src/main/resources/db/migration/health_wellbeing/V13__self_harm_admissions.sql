-- Hospital admissions as a result of self-harm, by age band, as OHID's Fingertips publishes them for an area: the
-- finished admission episodes with an external cause of intentional self-harm (ICD-10 X60-X84) in a financial
-- year, of persons aged 10-14, 15-19 and 20-24 at admission, and the area's mid-year population of that age. Counts
-- for an area, never a child's record: loaded from a CSV file, one row per year and band, a later file replacing
-- the figures it repeats (Fingertips revises them).

create table self_harm_admissions (
    year_starting  date not null check (extract(month from year_starting) = 4 and extract(day from year_starting) = 1),
    age_band       text not null check (age_band in ('10-14', '15-19', '20-24')),
    area_code      text not null check (area_code ~ '^[A-Z][0-9]{8}$'),   -- ONS area code, e.g. E06000021
    admissions     int not null check (admissions >= 0),
    population     int not null check (population > 0 and population >= admissions),
    loaded_at      timestamptz not null default now(),
    primary key (year_starting, age_band)
);
