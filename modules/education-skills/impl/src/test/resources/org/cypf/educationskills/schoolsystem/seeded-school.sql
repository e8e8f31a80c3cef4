-- Two schools: Brook Primary is in CYPF's establishment register, Far Away School is not.
insert into school (school_id, urn, school_name) values (1, 100001, 'Brook Primary'), (2, 999999, 'Far Away School');
insert into student (student_id, upn, legal_forename, legal_surname, date_of_birth) values
    (1, 'V861123424001', 'Amal', 'Example', '2015-03-02'),
    (2, 'J861123424002', 'Ben', 'Example', '2014-07-19'),
    (3, 'A861123424009', 'Cara', 'Example', '2015-01-30'),
    (4, null, 'Dev', 'Example', '2016-09-01');
insert into attendance_summary (attendance_id, student_id, school_id, academic_year, term_code, possible_marks,
                                absence_marks, updated_at) values
    (1, 1, 1, '2024-2025', 'AUT', 140, 10, '2025-01-06 08:00:00.000001'),
    (2, 2, 1, '2024-2025', 'AUT', 140, 75, '2025-01-06 08:00:00.000001'),
    (3, 1, 1, '2024-2025', 'HT3', 60, 2, '2025-01-06 08:00:00.000002'),
    (4, 3, 1, '2024-2025', 'AUT', 140, 0, '2025-01-06 08:00:00.000003'),
    (5, 4, 1, '2024-2025', 'AUT', 140, 0, '2025-01-06 08:00:00.000004'),
    (6, 2, 2, '2023-2024', 'SUM', 120, 3, '2025-01-06 08:00:00.000005');
insert into exclusion (exclusion_id, student_id, school_id, exclusion_type, reason_code, start_date, sessions,
                       updated_at) values
    (1, 1, 1, 'Suspension', 'PP', '2024-11-04', 4.0, '2025-01-07 09:00:00'),
    (2, 2, 1, 'Permanent', 'DB', '2025-02-03', null, '2025-01-07 09:00:00'),
    (3, 2, 1, 'Suspension', 'VA', '2024-12-02', 1.5, '2025-01-07 09:00:01'),
    (4, 1, 1, 'Lunchtime', 'PP', '2024-12-09', 1.0, '2025-01-07 09:00:02')
