-- National returns that survive real data (issue 13).

-- REASON_PLACE_CHANGE belongs on the episode that ENDS with REC X1 when the next episode of the period starts with
-- RNE P, B, T or U (DfE rule 225), and on neither episode when either placement is temporary, T0-T4 (DfE rule 226).
-- Until now CYPF held it on the new episode: move it to the episode the change ended.
update episode ended
   set reason_place_change = opened.reason_place_change
  from episode opened
 where opened.period_id = ended.period_id
   and opened.start_date = ended.end_date
   and ended.reason_ceased = 'X1'
   and opened.reason_new_episode in ('P', 'B', 'T', 'U')
   and opened.reason_place_change is not null
   and ended.placement_type not in ('T0', 'T1', 'T2', 'T3', 'T4')
   and opened.placement_type not in ('T0', 'T1', 'T2', 'T3', 'T4');
update episode opened
   set reason_place_change = null
 where opened.reason_place_change is not null
   and opened.reason_new_episode in ('P', 'B', 'T', 'U')
   and exists (select 1 from episode ended
                where ended.period_id = opened.period_id and ended.end_date = opened.start_date
                  and ended.reason_ceased = 'X1');

-- The SSDA903 header's UPN as the return gave it when it is not a UPN CYPF can use as one: a "no UPN" reason
-- (UN1-UN5) or a UPN of the right shape (DfE rule 168) whose check letter does not match. Written back to the
-- return as it came; the child's upn stays blank.
alter table child add column upn_as_returned text;
