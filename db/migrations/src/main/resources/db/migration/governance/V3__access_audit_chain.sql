-- Governance: the access audit names the agreement and rule that decided, and becomes tamper-evident (ADR 0020).
--
-- Commit-safe order: an identity is taken when a row is inserted, not when it commits, so a sealer reading
-- "everything up to id N" could miss a row of a transaction still open and then seal past it. Each row records the
-- transaction that wrote it instead; a sealer seals only rows of transactions below the snapshot horizon
-- (pg_snapshot_xmin(pg_current_snapshot())), all of which have ended, so no row can later appear below it.

alter table child_record_access add column agreement text;                 -- the data-sharing agreement relied on
alter table child_record_access add column written_by_tx xid8 not null default pg_current_xact_id();
create index child_record_access_user on child_record_access (user_id, occurred_at);
create index child_record_access_time on child_record_access (occurred_at);
create index child_record_access_tx on child_record_access (written_by_tx, access_id);

-- What a writer may not choose: when and by which transaction the row was written.
create function child_record_access_stamp() returns trigger language plpgsql as $$
begin
    new.written_by_tx := pg_current_xact_id();
    new.occurred_at := now();
    return new;
end $$;
create trigger child_record_access_stamp before insert on child_record_access
    for each row execute function child_record_access_stamp();

-- One link per sealed audit row, in the chain's order: the row's content hash, and the hash of the link before it.
create table access_audit_link (
    position       bigint primary key,                                  -- 1, 2, 3, ... without gaps
    access_id      bigint not null unique,                              -- the audit row (no foreign key: a deleted row must show)
    seal_id        bigint not null,
    previous_hash  text not null check (previous_hash ~ '^[0-9a-f]{64}$'),  -- SHA-256 of the link before (zeros for the first)
    hash           text not null check (hash ~ '^[0-9a-f]{64}$')            -- SHA-256 of previous_hash and the row's content
);

-- A seal closes a batch of links: the chain's head hash at that point, chained to the seal before.
create table access_audit_seal (
    seal_id        bigint primary key,                                  -- 1, 2, 3, ... without gaps
    sealed_at      timestamptz not null default now(),
    horizon        xid8 not null,                                       -- every row of a transaction below it is sealed
    first_position bigint,                                              -- null for a seal that found nothing new
    last_position  bigint not null,                                     -- the chain's length at the seal
    head_hash      text not null check (head_hash ~ '^[0-9a-f]{64}$'),  -- hash of the link at last_position
    previous_hash  text not null check (previous_hash ~ '^[0-9a-f]{64}$'),  -- hash of the seal before (zeros for the first)
    hash           text not null check (hash ~ '^[0-9a-f]{64}$')
);

-- Append-only for everyone: no role's privileges, not even the owner's, change or remove an audit row, a link or a
-- seal. Only a superuser disabling the triggers can, and verification then shows it.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the access audit is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end $$;
create trigger child_record_access_append_only before update or delete on child_record_access
    for each row execute function refuse_audit_change();
create trigger child_record_access_no_truncate before truncate on child_record_access
    for each statement execute function refuse_audit_change();
create trigger access_audit_link_append_only before update or delete on access_audit_link
    for each row execute function refuse_audit_change();
create trigger access_audit_link_no_truncate before truncate on access_audit_link
    for each statement execute function refuse_audit_change();
create trigger access_audit_seal_append_only before update or delete on access_audit_seal
    for each row execute function refuse_audit_change();
create trigger access_audit_seal_no_truncate before truncate on access_audit_seal
    for each statement execute function refuse_audit_change();
