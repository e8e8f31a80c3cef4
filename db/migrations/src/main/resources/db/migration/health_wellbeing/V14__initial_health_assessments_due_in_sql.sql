-- Initial health assessments due, ordered and paged by the database (ADR 0105): the day of a child in care's initial
-- health assessment is kept with the record (written from the aggregate on every change, as next_assessment_due
-- is), so "no initial assessment yet, the earliest 20-working-day due date first" is one indexed query.

alter table care_health_record add column initial_assessment_on date;
update care_health_record r set initial_assessment_on =
    (select min(c.checked_on) from care_health_check c
      where c.record_id = r.record_id and c.kind = 'HEALTH_ASSESSMENT');
create index care_health_record_iha_due on care_health_record (iha_due_by, record_id)
    where initial_assessment_on is null;
