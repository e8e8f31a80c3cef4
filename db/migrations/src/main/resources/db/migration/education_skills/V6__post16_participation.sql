-- Post-16 participation (ADR 0047): each young person's activity per month by NCCIS activity code, with the group it
-- counts in (decided by the domain's ActivityCode when stored) so that measures count in SQL.

create table post16_activity (
    upn            text not null references pupil (upn),
    month          date not null check (extract(day from month) = 1),   -- the first day of the month
    activity_code  integer not null check (activity_code between 110 and 830),
    activity_group text not null check (activity_group in ('EET', 'NEET', 'NOT_KNOWN', 'OTHER')),
    primary key (upn, month)
);
create index post16_activity_by_month on post16_activity (month);
