-- Governance: the strategic measures a scorecard reports and the audit of every access to a child's record.

create table measure (
    measure_id   text primary key,                     -- stable code, e.g. CLA-COUNT
    title        text not null,
    unit         text not null check (unit in ('COUNT', 'PERCENTAGE', 'RATE_PER_10000', 'RATE_PER_100000', 'SCORE', 'DAYS')),
    polarity     text not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEITHER')),
    outcome      text,                                 -- Safe, Healthy, Achieving, Nurtured, Involved, Prepared
    source       text not null check (source in ('COMPUTED', 'SUBMITTED')),
    computed_by  text,                                 -- the measure-source key when COMPUTED, e.g. social-care.children-looked-after
    definition   text not null,
    check ((source = 'COMPUTED') = (computed_by is not null))
);

insert into measure (measure_id, title, unit, polarity, outcome, source, computed_by, definition) values
    ('CLA-COUNT', 'Children looked after', 'COUNT', 'NEITHER', 'Safe', 'COMPUTED', 'social-care.children-looked-after',
     'Children looked after on the date (SSDA903 episodes open at the end of the day), excluding agreed series of short breaks (V3, V4).'),
    ('CLA-RATE', 'Children looked after per 10,000 children', 'RATE_PER_10000', 'NEITHER', 'Safe', 'COMPUTED', 'social-care.children-looked-after-rate',
     'CLA-COUNT divided by the child population aged 0-17, times 10,000.');

-- Append-only for the contexts: they hold INSERT and nothing else on this table (ADR 0006).
create table child_record_access (
    access_id     bigint generated always as identity primary key,
    occurred_at   timestamptz not null default now(),
    user_id       text not null,
    organisation  text not null,
    role          text,
    context       text not null,                      -- which context's record
    record_type   text not null,                      -- e.g. period-of-care
    action        text not null check (action in ('CREATE', 'READ', 'UPDATE', 'LIST')),
    child_id      uuid not null,
    purpose       text not null,
    decision      text not null check (decision in ('PERMITTED', 'DENIED')),
    rule          text not null                       -- the policy rule that decided
);
create index child_record_access_child on child_record_access (child_id, occurred_at);
