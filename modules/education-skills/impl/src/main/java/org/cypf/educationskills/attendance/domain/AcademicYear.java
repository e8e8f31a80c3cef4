package org.cypf.educationskills.attendance.domain;

import org.cypf.kernel.problem.InvalidInput;

/**
 * A school year, 1 September to 31 August, written as the DfE writes it: {@code 2024/25}.
 *
 * @param startYear the calendar year it starts in
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {
    public static final String FIELD = "academicYear";

    public AcademicYear {
        if (startYear < 2000 || startYear > 2100) {
            throw InvalidInput.of(FIELD, "must be a school year from 2000/01 to 2100/01");
        }
    }

    /** The school year {@code date} falls in (a year starts on 1 September). */
    public static AcademicYear containing(java.time.LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
    }

    /** {@code 2024/25}; the second year must follow the first. */
    public static AcademicYear parse(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("\\d{4}/\\d{2}")) {
            throw InvalidInput.of(FIELD, s.isEmpty() ? "is required" : "must be written as 2024/25");
        }
        int start = Integer.parseInt(s.substring(0, 4));
        if (Integer.parseInt(s.substring(5)) != (start + 1) % 100) {
            throw InvalidInput.of(FIELD, "must be two consecutive years, as 2024/25");
        }
        return new AcademicYear(start);
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(AcademicYear o) {
        return Integer.compare(startYear, o.startYear);
    }
}
