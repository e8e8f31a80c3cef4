-- Breach: the platform's migration sets a search path into governance's schema.
set search_path to platform, governance;
create table outbox (event_id uuid primary key);
