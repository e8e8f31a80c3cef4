-- The CIN episodes of a collection year imported from another system's CIN census return that CYPF's casework does
-- not hold (issue 13, ADR 0073): kept as returned, one row per child and year, so the year's export writes them
-- again beside what casework holds. Episodes as the census's own JSON (CinCensus.CinEpisode, in referral date order).
-- A record of the child's under the children in need retention rule (JooqRecordRetention's cin-census-returned).
create table cin_census_returned (
    returned_id      uuid primary key,
    child_id         uuid not null references child (child_id),
    collection_year  integer not null check (collection_year between 2000 and 2999),
    episodes         jsonb not null,
    unique (child_id, collection_year)
);
