-- A school information system's own tables, as such a system keeps them (not CYPF's shape): pupils are "students"
-- with an internal id, schools have an internal id beside their URN, attendance is a term's marks with the system's
-- own year and term codes, exclusions are typed in words with decimal sessions. Every row has updated_at, kept by
-- the database, which is what the import's watermark follows (ADR 0103).
create table school (
    school_id    int primary key auto_increment,
    urn          int not null unique,
    school_name  varchar(120) not null
) engine = InnoDB;

create table student (
    student_id     int primary key auto_increment,
    upn            char(13) null,
    legal_forename varchar(60) not null,
    legal_surname  varchar(60) not null,
    date_of_birth  date not null
) engine = InnoDB;

create table attendance_summary (
    attendance_id   bigint primary key auto_increment,
    student_id      int not null references student (student_id),
    school_id       int not null references school (school_id),
    academic_year   char(9) not null comment 'e.g. 2024-2025',
    term_code       varchar(4) not null comment 'AUT, SPR, SUM',
    possible_marks  int null,
    absence_marks   int null,
    updated_at      datetime(6) not null default current_timestamp(6) on update current_timestamp(6),
    key attendance_changes (updated_at, attendance_id)
) engine = InnoDB;

create table exclusion (
    exclusion_id    bigint primary key auto_increment,
    student_id      int not null references student (student_id),
    school_id       int not null references school (school_id),
    exclusion_type  enum('Suspension', 'Permanent', 'Lunchtime') not null,
    reason_code     varchar(4) not null,
    start_date      date not null,
    sessions        decimal(4, 1) null,
    updated_at      datetime(6) not null default current_timestamp(6) on update current_timestamp(6),
    key exclusion_changes (updated_at, exclusion_id)
) engine = InnoDB
