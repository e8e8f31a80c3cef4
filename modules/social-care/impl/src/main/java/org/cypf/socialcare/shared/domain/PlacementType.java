package org.cypf.socialcare.shared.domain;

import java.util.List;
import java.util.Objects;

/**
 * An SSDA903 placement type (PLACE) and the rules that hang on it, each stated once here. Which codes exist in which
 * collection year is reference data ({@link Ssda903CodeList#PLACEMENT_TYPE}: H5, P2 and Z1 end in 2024-25, K3 and
 * Z11-Z14 begin in 2024-25 and 2025-26); this type says what a code means for the rules (ADR 0019).
 *
 * @param code the code as the return writes it, e.g. U6
 */
public record PlacementType(String code) {
    /** A3-A6: placed for adoption, with consent (A3, A4) or under a placement order (A5, A6). */
    private static final List<String> PLACED_FOR_ADOPTION = List.of("A3", "A4", "A5", "A6");
    private static final List<String> PLACED_FOR_ADOPTION_UNDER_AN_ORDER = List.of("A5", "A6");
    /** U1-U3: fostered by a relative or friend (a connected carer). */
    private static final List<String> FOSTERED_BY_FAMILY_OR_FRIENDS = List.of("U1", "U2", "U3");
    /** U4-U6: fostered by another foster carer. */
    private static final List<String> FOSTERED_BY_OTHER_CARERS = List.of("U4", "U5", "U6");
    /** K1 secure children's home, K2 children's home, R1 residential care home; supported accommodation (K3, H5) is not. */
    private static final List<String> RESIDENTIAL_CARE = List.of("K1", "K2", "R1");
    private static final String WITH_PARENTS = "P1";
    /** T0-T4: a temporary move (hospital, holiday, absence...), after which the child returns to the same placement. */
    private static final List<String> TEMPORARY = List.of("T0", "T1", "T2", "T3", "T4");
    /** Z1 "other placement" (until 2024-25): like T0-T4, a placement the DfE takes no provider for (DfE rule 178). */
    private static final String OTHER = "Z1";

    public PlacementType {
        Objects.requireNonNull(code, "code");
    }

    public static PlacementType of(String code) {
        return new PlacementType(code);
    }

    public boolean isPlacedForAdoption() {
        return PLACED_FOR_ADOPTION.contains(code);
    }

    /** Placed for adoption under a placement order (A5, A6): the legal status must be one that allows it. */
    public boolean isPlacedForAdoptionUnderAnOrder() {
        return PLACED_FOR_ADOPTION_UNDER_AN_ORDER.contains(code);
    }

    public boolean isFosteredByFamilyOrFriends() {
        return FOSTERED_BY_FAMILY_OR_FRIENDS.contains(code);
    }

    public boolean isFosteredByOtherCarers() {
        return FOSTERED_BY_OTHER_CARERS.contains(code);
    }

    public boolean isResidentialCare() {
        return RESIDENTIAL_CARE.contains(code);
    }

    /** Placed with parents or another person with parental responsibility (P1): the provider is PR0 and only then. */
    public boolean isWithParents() {
        return WITH_PARENTS.equals(code);
    }

    /**
     * A temporary placement (T0-T4): no REASON_PLACE_CHANGE is given for a move into or out of one (DfE rule 226),
     * and a period of care does not start or end in one (DfE rules 380, 381).
     */
    public boolean isTemporary() {
        return TEMPORARY.contains(code);
    }

    /**
     * The most days a temporary placement of this type may last, from DECOM to DEC (DfE rules 375: T1, a hospital stay,
     * six weeks; 376: T3, the usual foster carers' holiday, three weeks; 379: T4, another reason, seven days), or -1
     * when the DfE sets no limit.
     */
    public int mostDays() {
        return switch (code) {
            case "T1" -> 42;
            case "T3" -> 21;
            case "T4" -> 7;
            default -> -1;
        };
    }

    /** The DfE rule that sets {@link #mostDays}, or null. */
    public String mostDaysRule() {
        return switch (code) {
            case "T1" -> "375";
            case "T3" -> "376";
            case "T4" -> "379";
            default -> null;
        };
    }

    /**
     * A placement without a provider: T0-T4 (DfE rule 213, "placement provider information not required") and Z1
     * (rule 178 refuses a provider with any of them). Every other placement has one.
     */
    public boolean hasNoProvider() {
        return isTemporary() || OTHER.equals(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
