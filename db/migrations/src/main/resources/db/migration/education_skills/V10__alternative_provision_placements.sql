-- Alternative provision placements (ADR 0048): a pupil placed in alternative provision by their school or the local
-- authority, in the terms of the school census's AP placement module and the DfE's AP census: the provider by URN
-- (a registered school: pupil referral unit, AP academy or free school, independent school) or UKPRN (a college or an
-- unregistered provider), the setting type, the reason, start and end, and the sessions a week the pupil attends.
-- Keyed by UPN, like the pupil's other records; the virtual school reads a child in care's placements through the UPN
-- on its roll.

create table alternative_provision_placement (
    placement_id       uuid primary key,
    upn                text not null references pupil (upn),
    provider_urn       integer check (provider_urn between 100000 and 999999),
    provider_ukprn     integer check (provider_ukprn between 10000000 and 19999999),
    setting_type       text not null check (setting_type in ('PUPIL_REFERRAL_UNIT', 'AP_ACADEMY', 'AP_FREE_SCHOOL',
                                            'INDEPENDENT_SCHOOL', 'FURTHER_EDUCATION_COLLEGE', 'UNREGISTERED_PROVIDER')),
    reason             text not null check (reason in ('PERMANENT_EXCLUSION', 'SUSPENSION', 'OFF_SITE_DIRECTION',
                                            'HEALTH_NEEDS', 'SPECIAL_EDUCATIONAL_NEEDS', 'AWAITING_SCHOOL_PLACE', 'OTHER')),
    start_date         date not null check (start_date >= date '2000-01-01'),
    end_date           date,
    sessions_per_week  integer not null check (sessions_per_week between 1 and 10),
    recorded_at        timestamptz not null default now(),
    check (provider_urn is not null or provider_ukprn is not null),
    check (end_date is null or end_date >= start_date)
);
-- One placement of a pupil at one provider from one day: recording it again is the same placement.
create unique index alternative_provision_placement_once
    on alternative_provision_placement (upn, coalesce(provider_urn, 0), coalesce(provider_ukprn, 0), start_date);
create index alternative_provision_placement_by_urn on alternative_provision_placement (provider_urn, start_date)
    where provider_urn is not null;
create index alternative_provision_placement_by_ukprn on alternative_provision_placement (provider_ukprn, start_date)
    where provider_ukprn is not null;
