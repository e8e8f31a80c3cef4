package org.cypf.socialcare.shared.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The SSDA903 code lists by collection year. Codes change between years (placement types changed in 2024-25 and
 * 2025-26), so a code is valid or not for the collection year of the date it applies from, not for ever.
 * Kept as reference data in a CSV beside this class, so next year's change is a data change.
 */
public final class Ssda903Codes {
    private static final Ssda903Codes STANDARD =
            new Ssda903Codes(CodeListTable.load(Ssda903Codes.class, "ssda903-code-lists.csv", Ssda903CodeList::valueOf));
    private final CodeListTable<Ssda903CodeList> table;
    /** Each list's words for a code it does not have, made once (not once a row checked). */
    private final java.util.Map<Ssda903CodeList, String> unknown = new java.util.EnumMap<>(Ssda903CodeList.class);

    private Ssda903Codes(CodeListTable<Ssda903CodeList> table) {
        this.table = table;
        for (Ssda903CodeList list : Ssda903CodeList.values()) {
            unknown.put(list, "is not an SSDA903 " + list.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " code");
        }
    }

    /** The DfE's lists as published for 2022-23 to 2025-26. */
    public static Ssda903Codes standard() {
        return STANDARD;
    }

    /** The collection year (named by the year it starts, 1 April) that {@code date} falls in. */
    public static int collectionYear(LocalDate date) {
        return CodeListTable.collectionYear(date);
    }

    public boolean isValid(Ssda903CodeList list, String code, LocalDate on) {
        return table.isValid(list, code, on);
    }

    /** The codes of {@code list} valid in the collection year of {@code on}. */
    public java.util.List<String> codes(Ssda903CodeList list, LocalDate on) {
        return table.codes(list, on);
    }

    public Optional<String> label(Ssda903CodeList list, String code) {
        return table.label(list, code);
    }

    /** The reason a code is refused, for the field's error message; empty when it is valid. */
    public Optional<String> refusal(Ssda903CodeList list, String code, LocalDate on) {
        return table.refusal(list, code, on, unknown.get(list));
    }
}
