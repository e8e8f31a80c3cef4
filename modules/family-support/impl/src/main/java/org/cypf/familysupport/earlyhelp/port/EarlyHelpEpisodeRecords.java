package org.cypf.familysupport.earlyhelp.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.earlyhelp.domain.EarlyHelpEpisode;
import org.cypf.familysupport.earlyhelp.domain.SupportingFamiliesHeadline;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/** Where early help episodes are kept. Every method runs inside the caller's unit of work. */
public interface EarlyHelpEpisodeRecords {
    Optional<EarlyHelpEpisode> find(UUID episodeId);

    /** The episode opened from {@code requestId}, if one was. */
    Optional<EarlyHelpEpisode> openedFrom(UUID requestId);

    /**
     * Stores a new episode.
     *
     * @throws org.cypf.kernel.problem.Conflict when an episode is held under its id, or was opened from its request,
     *                                          already (the first is kept)
     */
    void add(EarlyHelpEpisode episode);

    /** @throws org.cypf.kernel.problem.StaleVersion when another change was stored first */
    void update(EarlyHelpEpisode episode, long expectedVersion);

    /** Which episodes a list holds: {@code open} null for both, true open, false closed; a null lead for anyone's. */
    record Selection(Boolean open, String leadPractitioner) {}

    /**
     * One page of the selection among the children {@code scope} lets the caller see, newest opened first, read by
     * SQL's offset and limit, with the total counted by the same condition (ADR 0033).
     */
    Page<EarlyHelpEpisode> page(Selection selection, ListScope scope, Slice slice);

    /**
     * One page of {@code child}'s episodes, earliest opened first (then by id), read by SQL's offset and limit, with
     * the total counted by the same condition: the child's record, for a child's chronology.
     */
    Page<EarlyHelpEpisode> ofChild(org.cypf.kernel.identity.ChildId child, Slice slice);

    /** Episodes open at the end of {@code asAt}. */
    long openOn(LocalDate asAt);

    long openedBetween(LocalDate from, LocalDate to);

    long steppedUpBetween(LocalDate from, LocalDate to);

    /** Episodes opened between the dates for a child whose earlier episode closed in the 12 months before. */
    long reReferredBetween(LocalDate from, LocalDate to);

    /** Sustained-outcome checks recorded between the dates, and of them those the episode decided were successful. */
    long sustainedChecksBetween(LocalDate from, LocalDate to, boolean successfulOnly);

    /** Episodes closed between the dates, and of them those with every assessed need's outcome ACHIEVED. */
    long closedBetween(LocalDate from, LocalDate to, boolean allAchievedOnly);

    /**
     * Episodes closed between the dates that assessed a need under {@code headline}, and of them, with
     * {@code achievedOnly}, those whose outcome under it is ACHIEVED.
     */
    long closedWithNeedUnder(SupportingFamiliesHeadline headline, LocalDate from, LocalDate to, boolean achievedOnly);
}
