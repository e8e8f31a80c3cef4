-- Retention (issue 8, ADR 0034): the records this context has anonymised under a national retention rule (the due
-- report leaves them out), and the pseudonym a child's anonymised records are moved to. The pseudonym is the same for
-- all of one child's anonymised records here, so counts of distinct children stay true, and its row is deleted when
-- the last record naming the child is anonymised: then nothing links the records back to the child.
create table retention_anonymised (
    record_type    text not null,
    record_id      uuid not null,
    due_on         date not null,
    rule           text not null,                      -- RetentionRule id, e.g. CARE-RECORD
    anonymised_on  date not null,
    primary key (record_type, record_id)
);

create table retention_pseudonym (
    child_id   uuid primary key,                       -- kernel ChildId, while records still name the child
    pseudonym  uuid not null unique
);
