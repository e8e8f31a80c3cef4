package org.cypf.socialcare.shared.domain;

import java.util.List;
import java.util.Objects;

/**
 * An SSDA903 reason episode ceased (REC) and the rules that hang on it, each stated once here (ADR 0019). X1 closes
 * an episode that a new one follows the same day; every other reason ends the period of care.
 *
 * @param code the code as the return writes it, e.g. E4A
 */
public record ReasonCeased(String code) {
    private static final String NEW_EPISODE_FOLLOWS = "X1";
    /** E11, E12: adopted (unopposed; consent dispensed with). */
    private static final List<String> ADOPTED = List.of("E11", "E12");
    /** E45-E48: a special guardianship order. */
    private static final List<String> SPECIAL_GUARDIANSHIP = List.of("E45", "E46", "E47", "E48");
    private static final String CHILD_ARRANGEMENTS_ORDER = "E41";
    /** E4A, E4B: returned home to parents, as planned or not. */
    private static final List<String> RETURNED_HOME = List.of("E4A", "E4B");

    /** X1: the reason an episode closes when a change of placement or legal status opens the next. */
    public static final ReasonCeased NEW_EPISODE = new ReasonCeased(NEW_EPISODE_FOLLOWS);

    public ReasonCeased {
        Objects.requireNonNull(code, "code");
    }

    public static ReasonCeased of(String code) {
        return new ReasonCeased(code);
    }

    /** X1: a new episode of the same period follows the same day. */
    public boolean newEpisodeFollows() {
        return NEW_EPISODE_FOLLOWS.equals(code);
    }

    /** Any reason but X1: the child stopped being looked after. */
    public boolean endsThePeriod() {
        return !newEpisodeFollows();
    }

    public boolean isAdoption() {
        return ADOPTED.contains(code);
    }

    public boolean isSpecialGuardianship() {
        return SPECIAL_GUARDIANSHIP.contains(code);
    }

    public boolean isChildArrangementsOrder() {
        return CHILD_ARRANGEMENTS_ORDER.equals(code);
    }

    public boolean isReturnHome() {
        return RETURNED_HOME.contains(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
