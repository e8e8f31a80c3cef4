package org.cypf.familysupport.api.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Closure, once, with an outcome for every headline the assessment found a need under.
 *
 * @param reason OUTCOMES_ACHIEVED, STEPPED_UP_TO_SOCIAL_CARE, FAMILY_WITHDREW_CONSENT, MOVED_OUT_OF_AREA or OTHER
 */
public record CloseEarlyHelpEpisode(UUID episodeId, long version, LocalDate closedOn, String reason,
                                    List<HeadlineOutcome> outcomes) {
    public CloseEarlyHelpEpisode {
        outcomes = outcomes == null ? null : List.copyOf(outcomes);
    }
}
