-- How far the import from a school information system has read each of its feeds (ADR 0103): the change time and
-- row id of the last row read, so the next run reads only rows changed after it. One row per system and feed.

create table school_system_watermark (
    system_name     text not null,
    feed            text not null check (feed in ('attendance', 'suspensions')),
    changed_at      timestamptz not null,
    last_row_id     bigint not null,
    rows_read       bigint not null default 0,
    updated_at      timestamptz not null default now(),
    primary key (system_name, feed)
);
