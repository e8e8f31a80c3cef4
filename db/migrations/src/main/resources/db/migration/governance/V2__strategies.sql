-- Strategies as data (docs/strategies/strategy.schema.json). The document holds the definitions (outcomes,
-- priorities, measures, programme, boards ...); values of measures live in strategy_observation, one row each,
-- so partners can submit them without rewriting the strategy.

create table strategy (
    strategy_id  text primary key check (strategy_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title        text not null,
    document     jsonb not null,                      -- definitions, without observations
    version      bigint not null default 0,
    loaded_at    timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

create table strategy_observation (
    strategy_id   text not null references strategy (strategy_id),
    measure_id    text not null,
    breakdown     text not null default '',           -- '' for a measure reported whole
    as_at         date not null,
    period_start  date,
    period_label  text,
    value         numeric not null,
    numerator     bigint check (numerator >= 0),
    denominator   bigint check (denominator > 0),
    status        text not null check (status in ('PROVISIONAL', 'FINAL')),
    source        text,
    note          text,
    submitted_by  text not null,
    organisation  text not null,
    submitted_at  timestamptz not null default now(),
    primary key (strategy_id, measure_id, breakdown, as_at),
    check (period_start is null or period_start <= as_at)
);

-- Every change to a strategy or its observations: who, which organisation, what, the version it produced.
create table strategy_change (
    change_id     bigint generated always as identity primary key,
    strategy_id   text not null references strategy (strategy_id),
    version       bigint not null,
    change        text not null,
    user_id       text not null,
    organisation  text not null,
    changed_at    timestamptz not null default now()
);
create index strategy_change_by_strategy on strategy_change (strategy_id, change_id);
