-- Notifications sent (ADR 0108): one row per CYPF template and reference (the fact's id, e.g. an enquiry's), written in
-- the unit of work that sends it, so a fact is notified once however often the clock that finds it runs; a send that
-- fails rolls its row back with it, and the retry sends again. No personal data: a template name and a record's id.
create table notification_sent (
    template   text        not null,
    reference  text        not null,
    sent_at    timestamptz not null default now(),
    primary key (template, reference)
);
