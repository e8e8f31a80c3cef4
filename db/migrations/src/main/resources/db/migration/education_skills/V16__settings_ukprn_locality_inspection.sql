-- Issue 11 item 1 in full (ADR 0040, amended): the rest of what GIAS says of a setting. Its UKPRN (colleges and
-- training providers are known by it), its locality (the administrative ward GIAS places it in) and its latest
-- Ofsted inspection: the outcome in GIAS's words (none for a school inspected since September 2024, when the single
-- word went) and the day. All may be empty, as GIAS leaves them for some settings.
alter table setting
    add column ukprn               integer check (ukprn between 10000000 and 19999999),  -- GIAS UKPRN
    add column locality            text,                                                  -- GIAS AdministrativeWard (name)
    add column inspection_outcome  text,                                                  -- GIAS OfstedRating (name)
    add column inspected_on        date;                                                  -- GIAS OfstedLastInsp
create index setting_by_ukprn on setting (ukprn) where ukprn is not null;
