-- Breach: education's migration reads social care's table.
create view pupil_in_care as
    select case_id from social_care.child_case;
