-- Idempotency-Key on every create (issue 9, defect 4; ADR 0030; draft-ietf-httpapi-idempotency-key-header).
-- One row per (caller, route, key): reserved before the create runs (status null while in flight), filled with the
-- first answer once it has been sent, so a retry with the same key and body gets that answer again and the create
-- runs once. Rows expire after 24 hours (IdempotencyKeys.EXPIRY): an expired row is replaced by a new reservation
-- and swept a few at a time.
create table idempotency_key (
    caller_digest   text        not null,   -- SHA-256 of who asked (no personal data kept in the platform schema)
    route           text        not null,   -- method and absolute path, e.g. 'POST /social-care/referrals'
    idempotency_key text        not null,
    request_sha256  text        not null,   -- of the request body, hex
    status          integer,                -- null while the first request is in flight
    location        text,
    response_body   bytea,
    created_at      timestamptz not null default now(),
    primary key (caller_digest, route, idempotency_key)
);
create index idempotency_key_created_at on idempotency_key (created_at);
