package org.cypf.socialcare.api.returns;

import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/** A CIN episode's CIN census details as held. */
public record CinCensusEpisodeView(UUID referralId, String childId, @Nullable String primaryNeedCode,
                                   List<RecordCinCensusEpisode.CinPlanDates> cinPlans) {
    public CinCensusEpisodeView {
        cinPlans = List.copyOf(cinPlans);
    }
}
