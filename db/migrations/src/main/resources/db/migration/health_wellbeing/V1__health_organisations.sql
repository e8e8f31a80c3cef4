-- Health and wellbeing starts with the NHS organisations that provide its services, keyed by their ODS code.
-- The healthy child programme, SEND and mental health arrive with the health issue (ROADMAP 6).
create table health_organisation (
    ods_code   text primary key check (ods_code ~ '^[A-Z0-9]{3,6}$'),
    name       text not null,
    kind       text not null,                          -- e.g. NHS trust, integrated care board, GP practice
    version    bigint not null default 0
);
