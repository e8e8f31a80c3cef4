-- Family groupings (ADR 0069): siblings recorded as one family, so that a request for support and an early help
-- episode about one child name the family (its family_id) and their readers can find its other children. A child is
-- in at most one family at a time; each row is about its child, exported with the child's records (subject access)
-- and removed when the child's last family support record is anonymised (retention).
create table family_child (
    family_id  uuid not null,
    position   integer not null check (position between 0 and 19),
    child_id   uuid not null unique,
    added_on   date not null,
    primary key (family_id, position)
);
