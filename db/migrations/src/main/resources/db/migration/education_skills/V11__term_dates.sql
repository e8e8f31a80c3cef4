-- Term dates (ADR 0049): each setting's terms and holidays for a school year, and the local authority's own calendar
-- (urn null), which a setting without its own follows. School days (Personal Education Plans due within 20 school
-- days of entering care, then reviewed each term) are counted from them. Not a child's record.

create table school_term (
    urn            integer references setting (urn),      -- null: the local authority's calendar
    academic_year  integer not null check (academic_year between 2000 and 2100),   -- 2025 means 2025/26
    term           text not null check (term in ('AUTUMN', 'SPRING', 'SUMMER')),
    first_day      date not null,
    last_day       date not null,
    check (last_day >= first_day)
);
create unique index school_term_once on school_term (coalesce(urn, 0), academic_year, term);

-- Days within a term when the setting is closed: half-term holidays, training days, other closures.
create table school_holiday (
    urn            integer references setting (urn),      -- null: the local authority's calendar
    academic_year  integer not null check (academic_year between 2000 and 2100),
    name           text not null check (length(name) between 1 and 100),
    first_day      date not null,
    last_day       date not null,
    check (last_day >= first_day)
);
create index school_holiday_by_year on school_holiday (coalesce(urn, 0), academic_year);
