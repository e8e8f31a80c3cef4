package org.cypf.educationskills.api.settings;

import java.util.List;
import org.cypf.kernel.contract.Nullable;

/**
 * A school year's term dates, replacing those held for the year: a setting's own, or the local authority's (no URN),
 * which a setting with none of its own follows.
 *
 * @param urn          the setting's URN; none for the local authority's term dates
 * @param academicYear as the DfE writes it, {@code 2025/26} (in a path, {@code 2025-26})
 * @param terms        the three terms, autumn, spring and summer
 * @param holidays     the closures within terms (half terms, training days), at most 40; none when empty
 */
public record PutTermDates(@Nullable String urn, String academicYear, List<TermDatesTerm> terms,
                           @Nullable List<TermDatesHoliday> holidays) {
    public PutTermDates {
        terms = terms == null ? null : List.copyOf(terms);
        holidays = holidays == null ? null : List.copyOf(holidays);
    }
}
