-- SEND: requests for an education, health and care (EHC) needs assessment, from request to a final plan and its
-- reviews and end, in SEN2's terms. Timescales (SEND Regulations 2014): decision to assess within 6 weeks, advice
-- within 6 weeks of being asked, final plan within 20 weeks of the request (exceptions recorded).

create table ehc_request (
    request_id          uuid primary key,
    child_id            uuid not null,                 -- kernel ChildId
    nhs_number          text check (nhs_number ~ '^[0-9]{10}$'),
    received_on         date not null,
    decision_due_by     date not null,
    decided_on          date,
    decision            text check (decision in ('ASSESS', 'NOT_TO_ASSESS')),
    plan_due_by         date not null,
    draft_issued_on     date,
    plan_issued_on      date,
    exception           text,                          -- why a plan was issued after 20 weeks, when it was allowed
    need_types          text[] not null default '{}',  -- SEN2 need types, primary first
    named_setting       text,                          -- the setting's URN or UKPRN
    ceased_on           date,
    cease_reason        int check (cease_reason between 1 and 9),
    version             bigint not null default 0
);
create index ehc_request_child on ehc_request (child_id);

create table ehc_advice_request (
    request_id    uuid not null references ehc_request (request_id),
    adviser       text not null check (adviser in ('social-care', 'education-skills')),
    requested_on  date not null,
    due_by        date not null,
    primary key (request_id, adviser)
);

create table ehc_annual_review (
    request_id   uuid not null references ehc_request (request_id),
    reviewed_on  date not null,
    primary key (request_id, reviewed_on)
);
