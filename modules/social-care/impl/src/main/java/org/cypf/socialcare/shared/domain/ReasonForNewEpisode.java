package org.cypf.socialcare.shared.domain;

import java.util.List;
import java.util.Objects;

/**
 * An SSDA903 reason for new episode (RNE) and the rules that hang on it, each stated once here (ADR 0019):
 * S starts a period of care; L changes the legal status only; P the placement and carer; T the placement, same carer;
 * B the legal status, placement and carer; U the legal status and placement, same carer.
 *
 * @param code the code as the return writes it, e.g. P
 */
public record ReasonForNewEpisode(String code) {
    private static final String STARTED = "S";
    private static final String PLACEMENT_AND_CARER = "P";
    private static final List<String> CHANGES_THE_PLACEMENT = List.of("P", "T", "B", "U");
    private static final List<String> CHANGES_THE_LEGAL_STATUS = List.of("L", "B", "U");
    /** L, T, U: the child stays with the same carer ("the same placement" for placement stability). */
    private static final List<String> KEEPS_THE_CARER = List.of("L", "T", "U");

    /** S: the reason of a period's first episode. */
    public static final ReasonForNewEpisode STARTED_TO_BE_LOOKED_AFTER = new ReasonForNewEpisode(STARTED);

    public ReasonForNewEpisode {
        Objects.requireNonNull(code, "code");
    }

    public static ReasonForNewEpisode of(String code) {
        return new ReasonForNewEpisode(code);
    }

    /** S: the child started to be looked after; every other reason continues a period. */
    public boolean startsAPeriod() {
        return STARTED.equals(code);
    }

    /** P, T, B, U: the episode opens with a new placement (and so a REASON_PLACE_CHANGE). */
    public boolean changesThePlacement() {
        return CHANGES_THE_PLACEMENT.contains(code);
    }

    /** L, B, U: the episode opens with a new legal status. */
    public boolean changesTheLegalStatus() {
        return CHANGES_THE_LEGAL_STATUS.contains(code);
    }

    /** Whether the episode began a placement: a period's first (S) or a change of placement; L keeps the placement. */
    public boolean beginsAPlacement() {
        return startsAPeriod() || changesThePlacement();
    }

    /**
     * P: a change of placement and carer only, the legal status kept; how a child returns from a temporary placement
     * (T0-T4) to the one before it (DfE rule 383).
     */
    public boolean changesOnlyThePlacementAndCarer() {
        return PLACEMENT_AND_CARER.equals(code);
    }

    /** Whether the episode began with a new carer (S, P, B): L, T and U keep the carer. */
    public boolean beginsWithANewCarer() {
        return !KEEPS_THE_CARER.contains(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
