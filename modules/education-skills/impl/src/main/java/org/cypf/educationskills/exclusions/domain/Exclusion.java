package org.cypf.educationskills.exclusions.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Violations;

/**
 * A suspension or permanent exclusion of one pupil from one school, as the school census reports it, with the DfE's
 * reason (valid in the academic year it starts). A suspension lasts a number of sessions (half days): at least one,
 * and at most 90, since a pupil may be suspended for no more than 45 school days in a school year. A permanent
 * exclusion has no length. A pupil's exclusion is known by school, category and start date: the same again is the
 * same exclusion.
 *
 * @param sessions the sessions a suspension lasts; {@code null} for a permanent exclusion
 */
public record Exclusion(UUID exclusionId, UniquePupilNumber upn, int urn, ExclusionCategory category, String reason,
                        LocalDate startDate, Integer sessions) {
    public static final int MAX_SESSIONS = 90;

    public Exclusion {
        Objects.requireNonNull(exclusionId, "exclusionId");
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(startDate, "startDate");
        var v = new Violations();
        ExclusionReasons.standard().refusal(reason == null ? "" : reason, AcademicYear.containing(startDate))
                .ifPresent(why -> v.add("reason", why));
        if (category == ExclusionCategory.SUSPENSION) {
            v.check(sessions != null, "sessions", "is required for a suspension");
            v.check(sessions == null || (sessions >= 1 && sessions <= MAX_SESSIONS), "sessions",
                    "must be from 1 to " + MAX_SESSIONS + " (a suspension is at most 45 school days a year)");
        } else {
            v.check(sessions == null, "sessions", "must be empty for a permanent exclusion");
        }
        v.throwIfAny();
    }

    /** Whether {@code other} is the same exclusion (same pupil, school, category and start date). */
    public boolean sameExclusion(Exclusion other) {
        return upn.equals(other.upn) && urn == other.urn && category == other.category
                && startDate.equals(other.startDate);
    }

    /** Whether {@code other}, the same exclusion, says the same of it (reason and length). */
    public boolean sameFacts(Exclusion other) {
        return sameExclusion(other) && reason.equals(other.reason) && Objects.equals(sessions, other.sessions);
    }
}
