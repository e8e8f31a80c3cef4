package org.cypf.healthwellbeing.shared.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SEN2's code lists as versioned reference data: a code is valid from the collection it was added in. Need types
 * (SPLD ... OTH; DS, Down syndrome, from the 2025 collection) and cease reasons 1 to 9.
 */
public final class Sen2Codes {
    /** A need type and the first day it may be recorded (SEN2 2025 counts from its census date, 16 January 2025). */
    private static final Map<String, LocalDate> NEED_TYPES = Map.ofEntries(
            Map.entry("SPLD", LocalDate.MIN), Map.entry("MLD", LocalDate.MIN), Map.entry("SLD", LocalDate.MIN),
            Map.entry("PMLD", LocalDate.MIN), Map.entry("SEMH", LocalDate.MIN), Map.entry("SLCN", LocalDate.MIN),
            Map.entry("HI", LocalDate.MIN), Map.entry("VI", LocalDate.MIN), Map.entry("MSI", LocalDate.MIN),
            Map.entry("PD", LocalDate.MIN), Map.entry("ASD", LocalDate.MIN), Map.entry("OTH", LocalDate.MIN),
            Map.entry("DS", LocalDate.of(2025, 1, 1)));

    /** Cease reasons 1-9, in SEN2's order. */
    public static final List<String> CEASE_REASONS = List.of("maximum age", "needs met without a plan",
            "higher education", "employment", "moved to another authority", "no engagement", "left England", "died",
            "other");

    private Sen2Codes() {}

    /** Why {@code code} may not be recorded as a need type on {@code on}, or empty when it may. */
    public static Optional<String> needTypeRefusal(String code, LocalDate on) {
        LocalDate from = code == null ? null : NEED_TYPES.get(code);
        if (from == null) {
            return Optional.of("is not a SEN2 need type (SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, DS, OTH)");
        }
        return on.isBefore(from) ? Optional.of(code + " is a SEN2 need type only from " + from) : Optional.empty();
    }

    /** Why {@code upn} is not a UPN SEN2 accepts (its check letter included), or empty when it is (or is absent). */
    public static Optional<String> upnRefusal(String upn) {
        if (upn == null || org.cypf.kernel.identity.UniquePupilNumber.isValid(upn)) {
            return Optional.empty();
        }
        return Optional.of("must be a unique pupil number: 13 characters with a correct check letter");
    }

    /** SEN2's request sources, 1-5, in its order. */
    public static final List<String> REQUEST_SOURCES = List.of("parent or young person", "school or other setting",
            "health", "social care", "other");

    public static boolean isCeaseReason(Integer code) {
        return code != null && code >= 1 && code <= CEASE_REASONS.size();
    }
}
