package org.cypf.educationskills.settings.domain;

import java.time.LocalDate;
import org.cypf.educationskills.attendance.domain.Term;

/** One term of a school year: its first and last days, holidays within it included. */
public record SchoolTerm(Term term, LocalDate firstDay, LocalDate lastDay) {
    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
