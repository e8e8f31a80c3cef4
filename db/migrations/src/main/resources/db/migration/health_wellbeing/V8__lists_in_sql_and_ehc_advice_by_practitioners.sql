-- Lists paged in SQL (ADR 0056): a child in care's next health assessment due is kept with the record (written from
-- the aggregate on every change) so the list "next assessment due first" is ordered, scoped and paged by the database.
-- Advice to an EHC needs assessment answered by a practitioner: who recorded it (null when the adviser's context
-- answered by its event).

alter table care_health_record add column next_assessment_due date;
update care_health_record r set next_assessment_due = coalesce(
    (select case when age(max(c.checked_on), r.date_of_birth) < interval '5 years'
                 then max(c.checked_on) + interval '6 months' else max(c.checked_on) + interval '12 months' end
       from care_health_check c where c.record_id = r.record_id and c.kind = 'HEALTH_ASSESSMENT')::date,
    r.iha_due_by);
alter table care_health_record alter column next_assessment_due set not null;
create index care_health_record_next_due on care_health_record (next_assessment_due, record_id);

alter table ehc_advice_request add column answered_by text;      -- the practitioner who recorded the advice
alter table ehc_advice_request add column summary text;          -- the advice in brief, as the practitioner gave it
create index ehc_advice_request_due on ehc_advice_request (due_by) where received_on is null;
create index ehc_request_plan_due on ehc_request (plan_due_by) where plan_issued_on is null;
