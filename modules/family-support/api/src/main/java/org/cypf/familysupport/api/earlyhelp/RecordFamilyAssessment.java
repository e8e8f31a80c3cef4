package org.cypf.familysupport.api.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The whole-family assessment, once: the needs found, at most one per headline. */
public record RecordFamilyAssessment(UUID episodeId, long version, LocalDate completedOn, List<HeadlineNeed> needs) {
    public RecordFamilyAssessment {
        needs = needs == null ? null : List.copyOf(needs);
    }
}
