-- Ownership of measures (issue 14): an observation of an owned measure goes draft -> submitted -> approved, and only
-- approved values reach the scorecard. Values of measures without an owner, and those stored before this migration,
-- are approved as they are stored. (V20 leaves room below for the access capability's own migrations.)

alter table strategy_observation
    add column state       text not null default 'APPROVED' check (state in ('DRAFT', 'SUBMITTED', 'APPROVED')),
    add column approved_by text,
    add column approved_at timestamptz;

-- The scorecard reads the newest approved values of each measure and part on or before a date.
create index strategy_observation_latest on strategy_observation (strategy_id, measure_id, breakdown, as_at desc)
    where state = 'APPROVED';
