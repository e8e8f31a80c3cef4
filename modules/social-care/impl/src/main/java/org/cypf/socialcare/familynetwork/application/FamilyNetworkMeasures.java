package org.cypf.socialcare.familynetwork.application;

import static org.cypf.socialcare.api.measure.SocialCareMeasure.FAMILY_NETWORK_MEETINGS;

import java.time.Clock;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.socialcare.shared.application.MeasureSet;

/** Family network meetings held: a count for governance, none audited. */
public final class FamilyNetworkMeasures extends MeasureSet {
    static final String DEFINITION = "family network meetings and family group conferences held in the 12 months to "
            + "the date";

    public FamilyNetworkMeasures(UnitOfWork unitOfWork, FamilyNetworkMeetingRecords meetings, Clock clock) {
        super("social care", clock);
        define(FAMILY_NETWORK_MEETINGS.key(), asAt -> count(FAMILY_NETWORK_MEETINGS.key(), asAt,
                unitOfWork.inTransaction(() -> meetings.countHeldBetween(yearTo(asAt), asAt)), DEFINITION));
    }
}
