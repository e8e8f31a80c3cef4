-- Retention of health's records keyed by NHS number (issue 8, ADR 0036): the healthy child programme and child health
-- observations. Each gets a random retention id (the report names a record by it, never by the NHS number). A child's
-- anonymised records move to a pseudonymous NHS number: '00' and eight digits, which no NHS number (England and Wales
-- allocate from 400 and 600 million) or CHI number (it starts with the day of birth, never 00) is.
alter table hcp_child add column record_id uuid not null default gen_random_uuid() unique;
alter table child_health_observation add column record_id uuid not null default gen_random_uuid() unique;

-- Moving a child's programme to the pseudonym changes its key: the reviews and contacts follow it.
alter table hcp_review drop constraint hcp_review_nhs_number_fkey,
    add constraint hcp_review_nhs_number_fkey foreign key (nhs_number) references hcp_child (nhs_number)
        on update cascade;
alter table school_nursing_contact drop constraint school_nursing_contact_nhs_number_fkey,
    add constraint school_nursing_contact_nhs_number_fkey foreign key (nhs_number) references hcp_child (nhs_number)
        on update cascade;

create sequence retention_nhs_key;
alter table retention_pseudonym add column nhs_number text not null unique
    default ('00' || lpad(nextval('retention_nhs_key')::text, 8, '0'));
