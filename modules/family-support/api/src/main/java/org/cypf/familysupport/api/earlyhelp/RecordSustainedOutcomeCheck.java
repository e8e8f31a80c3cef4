package org.cypf.familysupport.api.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The sustained-outcome check, once, at least six months after closure, answering every headline with a need. */
public record RecordSustainedOutcomeCheck(UUID episodeId, long version, LocalDate checkedOn,
                                          List<SustainedOutcome> headlines) {
    public RecordSustainedOutcomeCheck {
        headlines = headlines == null ? null : List.copyOf(headlines);
    }
}
