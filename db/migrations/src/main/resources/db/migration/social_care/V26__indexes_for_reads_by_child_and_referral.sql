-- Social care: an index for each record read by its child or its referral that had none (issue 16, ADR 0128).
-- Until now only the open plan and the open period of a child, and the assessment in progress of a referral, had
-- one (partial unique indexes that keep them one at a time); reading a child's periods (the last one's end before a
-- new one starts, the chronology, subject access) or plans, or a referral's assessments, scanned the whole table:
-- at 112,000 children of the synthetic authority, 11,338 scans had read 64 million assessment rows.
create index assessment_referral on assessment (referral_id);
create index assessment_child on assessment (child_id);
create index child_protection_plan_child on child_protection_plan (child_id, start_date);
create index period_of_care_child on period_of_care (child_id, start_date);
