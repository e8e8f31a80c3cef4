package org.cypf.educationskills.api.settings;

import java.util.List;
import org.cypf.kernel.contract.Nullable;

/**
 * The term dates a setting follows in a school year.
 *
 * @param urn    the setting asked about; none for the local authority's
 * @param source {@code SETTING} when the setting holds its own, {@code LOCAL_AUTHORITY} when it follows the local
 *               authority's
 */
public record TermDatesView(@Nullable Integer urn, String academicYear, String source, List<TermDatesTerm> terms,
                            List<TermDatesHoliday> holidays) {
    public TermDatesView {
        terms = List.copyOf(terms);
        holidays = List.copyOf(holidays);
    }
}
