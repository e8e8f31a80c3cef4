package org.cypf.socialcare.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.place.Postcode;

/**
 * One SSDA903 episode: a stretch of a period of care with one legal status and one placement.
 * Field names follow the return: DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, PL_POST, HOME_POST, URN, DEC, REC.
 */
public record Episode(UUID id, LocalDate startDate, String reasonForNewEpisode, String legalStatus,
                      String categoryOfNeed, String placementType, String placementProvider,
                      Postcode placementPostcode, Postcode homePostcode, String placementUrn,
                      LocalDate endDate, String reasonCeased) {

    public boolean isOpen() {
        return endDate == null;
    }

    Episode ended(LocalDate on, String reason) {
        return new Episode(id, startDate, reasonForNewEpisode, legalStatus, categoryOfNeed, placementType,
                placementProvider, placementPostcode, homePostcode, placementUrn, on, reason);
    }
}
