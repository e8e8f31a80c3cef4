package org.cypf.educationskills.api.results;

import java.util.List;

/**
 * A pupil's EYFS profile.
 *
 * @param academicYear           as the DfE writes it, {@code 2024/25}
 * @param fsm                    eligible for free school meals, as the profile's disadvantage gap counts it
 * @param goalsExpected          the early learning goals at the expected level (the rest emerging), in national order
 * @param goodLevelOfDevelopment the expected level in every goal of the prime areas, literacy and mathematics
 */
public record EyfsProfileView(String academicYear, int urn, boolean fsm, List<String> goalsExpected,
                              boolean goodLevelOfDevelopment) {
    public EyfsProfileView {
        goalsExpected = List.copyOf(goalsExpected);
    }
}
