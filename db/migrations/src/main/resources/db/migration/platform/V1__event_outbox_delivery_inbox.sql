-- The platform's event machinery (ADR 0005). Contexts may only INSERT into outbox and use inbox;
-- the dispatcher, running as cypf_platform, owns delivery bookkeeping.

create table outbox (
    position        bigint generated always as identity primary key,
    event_id        uuid        not null unique,
    event_name      text        not null,            -- stable published name, e.g. social-care.child-entered-care
    event_version   int         not null,
    source_context  text        not null,
    aggregate_id    text        not null,            -- events of one aggregate are delivered in position order
    payload         jsonb       not null,
    occurred_at     timestamptz not null default now(),
    fanned_out      boolean     not null default false
);
create index outbox_not_fanned_out on outbox (position) where not fanned_out;

-- One row per (subscriber, event): the delivery's state, attempts and back-off.
create table event_delivery (
    subscriber_id   text        not null,
    event_position  bigint      not null references outbox (position),
    aggregate_id    text        not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'COMPLETED', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,                               -- exception class only, never a message (may hold personal data)
    completed_at    timestamptz,
    primary key (subscriber_id, event_position)
);
create index event_delivery_due on event_delivery (next_attempt_at) where status = 'PENDING';
create index event_delivery_open_chain on event_delivery (subscriber_id, aggregate_id, event_position) where status <> 'COMPLETED';

-- Events a subscriber has handled; written in the subscriber's own transaction so a redelivery is a no-op.
create table inbox (
    subscriber_id text        not null,
    event_id      uuid        not null,
    handled_at    timestamptz not null default now(),
    primary key (subscriber_id, event_id)
);
