package org.cypf.educationskills.exclusions.port;

import java.time.LocalDate;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;

/** Aggregates of the exclusions held, for measures: counts only. Runs in the caller's unit of work. */
public interface ExclusionFigures {

    /** Exclusions of {@code category} starting from {@code from} to {@code to}, both included. */
    long count(ExclusionCategory category, LocalDate from, LocalDate to);

    /** The same, of children in care: those on the virtual school's record of the child in care. */
    long countOfChildrenInCare(ExclusionCategory category, LocalDate from, LocalDate to);

    /** Pupils with attendance held for the academic year starting in {@code startYear} (the school population held). */
    long pupilsOnRoll(int startYear);
}
