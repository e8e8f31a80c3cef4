-- Retention of pupils' records keyed by UPN (issue 8, ADR 0036): attendance, the schools' suspensions and exclusions,
-- results and post-16 participation. Each pupil gets a random retention id (the report names a pupil's records by it,
-- never by the UPN), and a pupil row may be a pseudonym: a child's anonymised records move to a pseudonymous pupil
-- under a UPN-shaped key that is no UPN (it starts with a lower-case 'z', which no UPN's check letter is).
alter table pupil add column retention_id uuid not null default gen_random_uuid() unique;
alter table pupil add column pseudonymous boolean not null default false;

create sequence retention_pupil_key;
alter table retention_pseudonym add column upn text not null unique
    default ('z' || lpad(nextval('retention_pupil_key')::text, 12, '0'));
