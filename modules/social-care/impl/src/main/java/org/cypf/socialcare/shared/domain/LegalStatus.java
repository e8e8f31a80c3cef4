package org.cypf.socialcare.shared.domain;

import java.util.List;
import java.util.Objects;

/**
 * An SSDA903 legal status (LS) and the rules that hang on it, each stated once here. Which codes exist in which
 * collection year is reference data ({@link Ssda903Codes}, {@link Ssda903CodeList#LEGAL_STATUS}); this type says
 * what a code means for the rules (ADR 0019).
 *
 * @param code the code as the return writes it, e.g. C2
 */
public record LegalStatus(String code) {
    /** V3, V4: an agreed series of short breaks (episodes, agreements). The DfE does not count these children as looked after. */
    private static final List<String> SHORT_BREAKS = List.of("V3", "V4");
    /** E1 placement order, D1 freeing order: the orders under which a child is placed for adoption (A5, A6). */
    private static final List<String> ADOPTION_ORDERS = List.of("E1", "D1");
    private static final String PLACEMENT_ORDER = "E1";

    public LegalStatus {
        Objects.requireNonNull(code, "code");
    }

    public static LegalStatus of(String code) {
        return new LegalStatus(code);
    }

    /** Accommodated under an agreed series of short breaks: in care on the day, but not counted as looked after. */
    public boolean isShortBreak() {
        return SHORT_BREAKS.contains(code);
    }

    /** A placement order (E1), the start of the adoption journey's clock. */
    public boolean isPlacementOrder() {
        return PLACEMENT_ORDER.equals(code);
    }

    /** A placement order or freeing order: what a placement for adoption under an order (A5, A6) needs. */
    public boolean authorisesPlacementForAdoption() {
        return ADOPTION_ORDERS.contains(code);
    }

    /** The short-break codes, in the order the return lists them: for a query that must leave out what {@link #isShortBreak} leaves out. */
    public static List<String> shortBreaks() {
        return SHORT_BREAKS;
    }

    @Override
    public String toString() {
        return code;
    }
}
