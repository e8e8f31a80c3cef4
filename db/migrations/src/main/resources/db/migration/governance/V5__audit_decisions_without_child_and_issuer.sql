-- Governance: every access decision is audited, including those about no one child, with the token's issuer
-- (issue 8, ADR 0033).

-- A decision about no one child: a token claiming CYPF's reserved identity, a list that named nobody, a request for
-- a record by an id that names none. The row is still chained and sealed like any other.
alter table child_record_access alter column child_id drop not null;
-- Who vouched for the caller (the verified token's iss); null for rows written before V5 and for CYPF's components.
alter table child_record_access add column issuer text check (issuer is null or length(issuer) between 1 and 500);
