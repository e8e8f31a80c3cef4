-- Governance: every access decision is audited, including those about no one child, with the token's issuer
-- (issue 8, ADR 0033); and reviewed anonymisation for retention (ADR 0034).

-- A decision about no one child: a token claiming CYPF's reserved identity, a list that named nobody, a request for
-- a record by an id that names none. The row is still chained and sealed like any other.
alter table child_record_access alter column child_id drop not null;
-- Who vouched for the caller (the verified token's iss); null for rows written before V5 and for CYPF's components.
alter table child_record_access add column issuer text check (issuer is null or length(issuer) between 1 and 500);

-- An anonymisation of one child's records in one context, proposed by one person and approved by another (ADR 0034).
-- Applied in the owning context through its RetentionSubject port; counts stay true because rows stay, without the
-- values that identify the child.
create table anonymisation (
    anonymisation_id uuid primary key default gen_random_uuid(),
    context          text not null,
    child_id         uuid not null,
    rule             text not null,                       -- the retention rule relied on, e.g. SC-CIN-25
    due_on           date not null,                       -- the date the rule made the record due for review
    reason           text not null check (length(reason) between 1 and 2000),
    proposed_by      text not null,
    proposed_at      timestamptz not null default now(),
    approved_by      text,
    approved_at      timestamptz,
    applied_at       timestamptz,
    records          integer,                             -- how many records the context anonymised
    check ((approved_by is null) = (approved_at is null)),
    check (approved_by is null or approved_by <> proposed_by),
    check (applied_at is null or approved_at is not null)
);
create unique index anonymisation_open on anonymisation (context, child_id) where applied_at is null;
