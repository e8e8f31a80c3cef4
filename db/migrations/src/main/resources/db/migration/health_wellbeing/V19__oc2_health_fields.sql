-- The SSDA903 OC2 file's health fields that health did not hold (ADR 0077): a development check of a child under 5
-- (HEALTH_CHECK: up to date or not), a substance misuse problem identified (SUBSTANCE_MISUSE) with whether an
-- intervention was received or offered (INTERVENTION_RECEIVED, INTERVENTION_OFFERED; DfE rules 192, 193), and the
-- reason an SDQ was not done (SDQ_REASON, the DfE's codes SDQ1-SDQ5; rule 157 refuses SDQ1 for a child of 4 to 16).

alter table care_health_check drop constraint care_health_check_kind_check;
alter table care_health_check add constraint care_health_check_kind_check check (kind in ('HEALTH_ASSESSMENT',
    'DENTAL_CHECK', 'IMMUNISATIONS', 'SDQ', 'DEVELOPMENT_CHECK', 'SUBSTANCE_MISUSE', 'SDQ_NOT_DONE'));
-- up_to_date now answers for a development check too.
alter table care_health_check drop constraint care_health_check_check1;
alter table care_health_check add constraint care_health_check_up_to_date
    check ((kind in ('IMMUNISATIONS', 'DEVELOPMENT_CHECK')) = (up_to_date is not null));

alter table care_health_check add column sdq_reason text check (sdq_reason in ('SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5'));
alter table care_health_check add column intervention_received boolean;
alter table care_health_check add column intervention_offered boolean;
alter table care_health_check add constraint care_health_check_sdq_reason
    check ((kind = 'SDQ_NOT_DONE') = (sdq_reason is not null));
alter table care_health_check add constraint care_health_check_intervention
    check ((kind = 'SUBSTANCE_MISUSE') = (intervention_received is not null)
           and (intervention_offered is null or kind = 'SUBSTANCE_MISUSE'));
