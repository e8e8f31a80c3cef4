-- Governance: involvement read by person (issue 16, ADR 0128). Every list and work queue of a caller whose role is
-- not partnership-wide asks which children that person is involved with (the list's scope, ADR 0112); the only
-- index led with the child, so each such list scanned the whole table: at 30,000 children a social worker's page of
-- her 24 children answered 130 a second, at 150,000 children 13.
create index involvement_person on involvement (user_id, organisation, child_id);
