package org.cypf.educationskills.results.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.kernel.identity.UniquePupilNumber;

/**
 * A pupil's Early Years Foundation Stage profile at the end of reception: for each of the 17 early learning goals,
 * whether the pupil reached the expected level (otherwise emerging).
 *
 * @param disadvantaged eligible for free school meals, as the profile's disadvantage gap is reported
 * @param expected      the goals at the expected level
 */
public record EyfsProfile(UniquePupilNumber upn, AcademicYear year, int urn, boolean disadvantaged,
                          Set<EarlyLearningGoal> expected) {
    public EyfsProfile {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(year, "year");
        expected = expected.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(expected));
    }

    /**
     * The national rule: a good level of development is the expected level in every early learning goal of the prime
     * areas and of literacy and mathematics (12 goals); understanding the world and expressive arts do not count.
     */
    public boolean goodLevelOfDevelopment() {
        return Arrays.stream(EarlyLearningGoal.values()).filter(g -> g.area().countsForGoodLevelOfDevelopment())
                .allMatch(expected::contains);
    }
}
