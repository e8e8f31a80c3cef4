/* Allowed: the audit table; the grant to another context's role (cypf_social_care) names a role, not a schema. */
create table child_record_access (access_id bigint primary key, context text not null);
grant insert on child_record_access to cypf_social_care;
