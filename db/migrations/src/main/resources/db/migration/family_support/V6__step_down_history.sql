-- What social care's front door hands over with a contact it steps down to early help (ADR 0065): the contact's
-- CIN census referral source, the child's date of birth and the family members the contact named. Written once,
-- with the request the step-down opens; a request received any other way has none.
alter table request_for_support
    add column handed_over_referral_source text,
    add column handed_over_date_of_birth   date,
    add constraint request_for_support_handed_over_only_on_step_down
        check (stepped_down_from_contact is not null
               or (handed_over_referral_source is null and handed_over_date_of_birth is null));

create table request_handed_over_family_member (
    request_id   uuid not null references request_for_support (request_id),
    position     int  not null check (position >= 0),
    name         text not null,
    relationship text,
    primary key (request_id, position)
);
