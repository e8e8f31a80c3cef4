-- Governance: who is involved with a child (ADR 0032), and the review of break-glass uses.
--
-- A practitioner may open a child's record only while involved with the child: the allocated worker, a member of the
-- allocated team, someone with a recorded purpose (e.g. a strategy discussion) for a period, or the person who
-- created a record about the child. The contexts' roles may INSERT here (the creator's involvement is recorded in
-- the same transaction as the record it creates) and nothing else.
create table involvement (
    involvement_id uuid primary key default gen_random_uuid(),
    child_id       uuid not null,
    user_id        text not null,
    organisation   text not null,
    kind           text not null check (kind in ('ALLOCATED-WORKER', 'ALLOCATED-TEAM', 'RECORDED-PURPOSE', 'CREATED-RECORD')),
    team           text,                               -- the allocated team, for ALLOCATED-TEAM
    purpose        text,                               -- why, for RECORDED-PURPOSE (e.g. strategy discussion)
    valid_from     date not null,
    valid_to       date,                               -- null: until ended
    recorded_by    text not null,
    recorded_at    timestamptz not null default now(),
    check (valid_to is null or valid_to >= valid_from),
    check ((kind = 'RECORDED-PURPOSE') = (purpose is not null)),
    check ((kind = 'ALLOCATED-TEAM') = (team is not null))
);
create index involvement_child_user on involvement (child_id, user_id, organisation);
-- One creator's involvement per child and person, however many records they create.
create unique index involvement_creator on involvement (child_id, user_id, organisation) where kind = 'CREATED-RECORD';

-- A break-glass use is an access audit row with rule BREAK-GLASS; its review is a row here, closing it with a note.
create table break_glass_review (
    access_id    bigint primary key,                   -- the audit row (governance.child_record_access)
    reviewer     text not null,
    reviewer_role text not null,
    note         text not null check (length(note) between 1 and 2000),
    reviewed_at  timestamptz not null default now()
);
create index child_record_access_rule on child_record_access (rule, access_id);
