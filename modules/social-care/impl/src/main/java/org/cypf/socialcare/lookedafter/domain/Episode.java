package org.cypf.socialcare.lookedafter.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.place.Postcode;
import org.cypf.socialcare.shared.domain.LegalStatus;
import org.cypf.socialcare.shared.domain.ReasonCeased;
import org.cypf.socialcare.shared.domain.ReasonForNewEpisode;

/**
 * One SSDA903 episode: a stretch of a period of care with one legal status and one placement.
 * Field names follow the return: DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, PL_POST, HOME_POST, URN, DEC, REC and
 * REASON_PLACE_CHANGE (why the episode's placement ended: given on an episode that ended with X1 when the next starts
 * with a change of placement, RNE P, T, B or U, neither placement being temporary: DfE rules 225 and 226). The codes are
 * held as the return writes them; what a code means for a rule is its value type's to say
 * ({@link ReasonForNewEpisode}, {@link LegalStatus}, {@link ReasonCeased}).
 */
public record Episode(UUID id, LocalDate startDate, String reasonForNewEpisode, String legalStatus,
                      String categoryOfNeed, String placementType, String placementProvider,
                      Postcode placementPostcode, Postcode homePostcode, String placementUrn,
                      LocalDate endDate, String reasonCeased, String reasonPlaceChange) {

    /** The episode as the SSDA903 first recorded it, before any change of placement (REASON_PLACE_CHANGE blank). */
    public Episode(UUID id, LocalDate startDate, String reasonForNewEpisode, String legalStatus, String categoryOfNeed,
                   String placementType, String placementProvider, Postcode placementPostcode, Postcode homePostcode,
                   String placementUrn, LocalDate endDate, String reasonCeased) {
        this(id, startDate, reasonForNewEpisode, legalStatus, categoryOfNeed, placementType, placementProvider,
                placementPostcode, homePostcode, placementUrn, endDate, reasonCeased, null);
    }

    public boolean isOpen() {
        return endDate == null;
    }

    /** Open at the end of {@code date}, as the SSDA903 counts: started by then and not ceased by then. */
    public boolean isOpenAtEndOf(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || endDate.isAfter(date));
    }

    /** Under an agreed series of short breaks ({@link LegalStatus#isShortBreak}): in care, not counted as looked after. */
    public boolean isShortBreak() {
        return LegalStatus.of(legalStatus).isShortBreak();
    }

    /** Whether this episode began with a new placement (any reason but a change of legal status only). */
    public boolean beginsAPlacement() {
        return ReasonForNewEpisode.of(reasonForNewEpisode).beginsAPlacement();
    }

    /** Whether this episode began with a new carer (S, P or B): a change of legal status or of placement with the same carer (L, T, U) does not. */
    public boolean beginsWithANewCarer() {
        return ReasonForNewEpisode.of(reasonForNewEpisode).beginsWithANewCarer();
    }

    /** Whether this episode started a period of care (RNE S). */
    public boolean startsAPeriod() {
        return ReasonForNewEpisode.of(reasonForNewEpisode).startsAPeriod();
    }

    /** Whether this episode ended its period of care: it ended, with a reason other than X1. */
    public boolean endsItsPeriod() {
        return endDate != null && !isFollowedByANewEpisode();
    }

    /** Whether this episode ended with X1: a new episode of the same period follows the same day. */
    public boolean isFollowedByANewEpisode() {
        return reasonCeased != null && ReasonCeased.of(reasonCeased).newEpisodeFollows();
    }

    /** This episode ended with X1 on {@code on} by a change, with the reason its placement changed (or null). */
    Episode endedForChange(LocalDate on, String reasonPlaceChange) {
        return new Episode(id, startDate, reasonForNewEpisode, legalStatus, categoryOfNeed, placementType,
                placementProvider, placementPostcode, homePostcode, placementUrn, on, ReasonCeased.NEW_EPISODE.code(),
                reasonPlaceChange);
    }

    Episode ended(LocalDate on, String reason) {
        return new Episode(id, startDate, reasonForNewEpisode, legalStatus, categoryOfNeed, placementType,
                placementProvider, placementPostcode, homePostcode, placementUrn, on, reason, reasonPlaceChange);
    }
}
