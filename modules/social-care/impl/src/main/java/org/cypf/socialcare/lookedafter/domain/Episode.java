package org.cypf.socialcare.lookedafter.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.place.Postcode;

/**
 * One SSDA903 episode: a stretch of a period of care with one legal status and one placement.
 * Field names follow the return: DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, PL_POST, HOME_POST, URN, DEC, REC and
 * REASON_PLACE_CHANGE (given when the episode was opened by a change of placement: RNE P, T, B or U).
 */
public record Episode(UUID id, LocalDate startDate, String reasonForNewEpisode, String legalStatus,
                      String categoryOfNeed, String placementType, String placementProvider,
                      Postcode placementPostcode, Postcode homePostcode, String placementUrn,
                      LocalDate endDate, String reasonCeased, String reasonPlaceChange) {

    /** Reasons for a new episode that change the placement (and so need a REASON_PLACE_CHANGE). */
    static final Set<String> PLACEMENT_CHANGES = Set.of("P", "T", "B", "U");
    /** Reasons for a new episode that change the legal status. */
    static final Set<String> LEGAL_STATUS_CHANGES = Set.of("L", "B", "U");
    /** Reasons for a new episode that keep the child with the same carer (L, T, U): "the same placement" for stability. */
    static final Set<String> SAME_CARER = Set.of("L", "T", "U");

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

    /** Whether this episode began with a new placement (any reason but a change of legal status only). */
    public boolean beginsAPlacement() {
        return !"L".equals(reasonForNewEpisode);
    }

    /** Whether this episode began with a new carer (S, P or B): a change of legal status or of placement with the same carer (L, T, U) does not. */
    public boolean beginsWithANewCarer() {
        return !SAME_CARER.contains(reasonForNewEpisode);
    }

    Episode ended(LocalDate on, String reason) {
        return new Episode(id, startDate, reasonForNewEpisode, legalStatus, categoryOfNeed, placementType,
                placementProvider, placementPostcode, homePostcode, placementUrn, on, reason, reasonPlaceChange);
    }
}
