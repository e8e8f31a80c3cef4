-- Retention (issue 8, ADR 0034): a reviewed anonymisation of one record of a context, proposed by one person and
-- approved and carried out by another. Names the record, never the child.
create table anonymisation (
    anonymisation_id   uuid primary key,
    context            text not null,
    record_type        text not null,
    record_id          uuid not null,
    rule               text not null,                 -- RetentionRule id, e.g. CARE-RECORD
    due_on             date not null,
    reason             text not null check (length(reason) between 1 and 2000),
    proposed_by        text not null,
    proposed_by_org    text not null,
    proposed_at        timestamptz not null,
    approved_by        text,
    approved_by_org    text,
    carried_out_at     timestamptz,
    check ((approved_by is null) = (carried_out_at is null)),
    check ((approved_by is null) = (approved_by_org is null)),
    -- separation of duties, in the database as well as the code
    check (approved_by is null or approved_by <> proposed_by or lower(approved_by_org) <> lower(proposed_by_org))
);
-- One proposal at a time waits for a record.
create unique index anonymisation_one_waiting on anonymisation (context, record_type, record_id) where carried_out_at is null;
