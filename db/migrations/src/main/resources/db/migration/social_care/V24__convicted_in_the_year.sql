-- CONVICTED of the SSDA903 OC2 file (ADR 0077): whether a child looked after was convicted, or given a final warning
-- or reprimand (a youth caution or youth conditional caution since 2013), during a collection year. Social care
-- records it: no other context holds it. No row: not recorded, so the child's OC2 row is left out and the export's
-- notes say CONVICTED is missing (absence is not taken as "no").

create table convicted_in_year (
    child_id        uuid not null references child (child_id),
    collection_year integer not null check (collection_year >= 2000),   -- 2024: 1 April 2024 to 31 March 2025
    convicted       boolean not null,
    recorded_at     timestamptz not null default now(),
    primary key (child_id, collection_year)
);
