-- Requests for support: a child's record (special-category), read and changed only through governance's access
-- port. Kept apart from the public directory: a referral names a directory service by its ORUK id, nothing more.
create table request_for_support (
    request_id             uuid primary key,
    child_id               uuid not null,
    received_on            date not null,
    requested_by           text not null check (requested_by in ('FAMILY', 'PARTNER')),
    partner_organisation   text,
    need                   text not null,
    consent_given_by       text,
    consent_given_on       date,
    -- a request opened from social care's step-down of a contact: once per contact, whatever the redeliveries
    stepped_down_from_contact uuid unique,
    triage_outcome         text check (triage_outcome in ('INFORMATION_AND_ADVICE', 'COMMUNITY_SERVICE', 'EARLY_HELP')),
    triaged_on             date,
    directory_service_id   uuid,
    provider_decision      text check (provider_decision in ('ACCEPTED', 'DECLINED')),
    provider_decided_on    date,
    version                bigint not null,
    check ((consent_given_by is null) = (consent_given_on is null)),
    check (consent_given_by is not null or stepped_down_from_contact is not null),
    check (triage_outcome is null or consent_given_by is not null),
    check ((requested_by = 'PARTNER') = (partner_organisation is not null)),
    check ((triage_outcome = 'COMMUNITY_SERVICE') = (directory_service_id is not null) or triage_outcome is null)
);
create index request_for_support_child on request_for_support (child_id);
create index request_for_support_received on request_for_support (received_on);
