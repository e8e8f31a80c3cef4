-- Allowed: social care's own table. A comment may mention education_skills.pupil: comments are not read.
create table child_case (
    case_id  uuid primary key,
    platform text            -- a column that happens to share a schema's name is not a schema reference
);
