-- The developers' guide's example migration. A real capability's file goes to
-- db/migrations/src/main/resources/db/migration/social_care/ with the next free version; this one is applied by
-- PrivateFosteringTest only, so the example table never reaches a real database.
create table private_fostering_arrangement (
    arrangement_id uuid primary key,
    child_id       uuid not null references child (child_id),
    start_date     date not null,
    end_date       date,
    version        bigint not null default 0,
    constraint private_fostering_ends_after_start check (end_date is null or end_date >= start_date)
);
create index private_fostering_arrangement_child on private_fostering_arrangement (child_id);
