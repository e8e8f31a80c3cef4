-- SEN2 complete (ADR 0057): what the DfE's SEN2 person-level return asks of a request that V3/V5 did not hold.
-- Person details as the request gave them (SEN2 module 1), the request's source and RYA (module 2), a request or
-- assessment withdrawn or ceased before its decision (RequestOutcome / AssessmentOutcome W), and a decision not
-- to issue a plan (AssessmentOutcome N).

alter table ehc_request add column surname        text;
alter table ehc_request add column forename       text;
alter table ehc_request add column birth_date     date;
alter table ehc_request add column sex            text check (sex in ('M', 'F'));            -- Sex
alter table ehc_request add column ethnicity      text check (ethnicity ~ '^[A-Z]{4}$');     -- DfE ethnicity code
alter table ehc_request add column postcode       text;
alter table ehc_request add column upn            text check (upn ~ '^[A-Z0-9]{13}$');
alter table ehc_request add column uln            text check (uln ~ '^[0-9]{10}$');
alter table ehc_request add column upn_unknown    text check (upn_unknown ~ '^UN([1-9]|10)$');    -- UPNunknown
alter table ehc_request add column request_source int check (request_source between 1 and 5);
alter table ehc_request add column rya            boolean;                                   -- RYA
alter table ehc_request add column withdrawn_on   date;                                      -- outcome W
alter table ehc_request add column not_to_issue_on date;                                     -- AssessmentOutcome N
