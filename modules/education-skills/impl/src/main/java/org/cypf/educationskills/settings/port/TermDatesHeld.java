package org.cypf.educationskills.settings.port;

import java.util.Optional;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.settings.domain.TermDates;

/** Where term dates are kept, a school year at a time. Every method runs inside the caller's unit of work. */
public interface TermDatesHeld {

    /** Replaces the year's term dates of {@code dates.urn()} (null: the local authority's). */
    void put(TermDates dates);

    /** The term dates held for exactly this setting (null: the local authority's) and year. */
    Optional<TermDates> of(Integer urn, AcademicYear year);

    /** The term dates a setting follows in a year: its own, else the local authority's. */
    default Optional<TermDates> followedBy(Integer urn, AcademicYear year) {
        Optional<TermDates> own = urn == null ? Optional.empty() : of(urn, year);
        return own.isPresent() ? own : of(null, year);
    }
}
