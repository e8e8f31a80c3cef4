package org.cypf.socialcare.familynetwork.application;

import static org.cypf.socialcare.api.measure.SocialCareMeasure.FAMILY_NETWORK_MEETINGS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.socialcare.shared.application.Measures;

/** Family network meetings held: a count for governance, none audited. */
public final class FamilyNetworkMeasures implements MeasureSource {
    static final String DEFINITION = "family network meetings and family group conferences held in the 12 months to "
            + "the date";

    private final UnitOfWork unitOfWork;
    private final FamilyNetworkMeetingRecords meetings;
    private final Clock clock;

    public FamilyNetworkMeasures(UnitOfWork unitOfWork, FamilyNetworkMeetingRecords meetings, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public Set<String> measureKeys() {
        return Set.of(FAMILY_NETWORK_MEETINGS.key());
    }

    @Override
    public MeasureValue compute(String measureKey, LocalDate asAt) {
        if (!measureKey.equals(FAMILY_NETWORK_MEETINGS.key())) {
            throw new NotFound("social care computes no measure " + measureKey);
        }
        long held = unitOfWork.inTransaction(() -> meetings.countHeldBetween(Measures.yearTo(asAt), asAt));
        return Measures.count(measureKey, asAt, held, DEFINITION, clock);
    }
}
