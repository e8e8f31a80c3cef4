package org.cypf.socialcare.familynetwork.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.api.measure.SocialCareMeasure;
import org.cypf.socialcare.familynetwork.adapter.out.persistence.JooqFamilyNetworkMeetings;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Social care's family network measure, counted in SQL on a real PostgreSQL, passes governance's measure-source
 * suite (ADR 0097): a meeting held moves the count of meetings held in the 12 months to the date.
 */
class FamilyNetworkMeasuresContractTest extends MeasureSourceContract {
    private SocialCareDatabase database;
    private MeasureSource source;

    @BeforeEach
    void open() {
        database = SocialCareDatabase.fresh("family network measure contract");
        source = new FamilyNetworkMeasures(database.socialCare(), new JooqFamilyNetworkMeetings(database.socialCare()),
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    protected MeasureSource source() {
        return source;
    }

    @Override
    protected String context() {
        return "social-care";
    }

    @Override
    protected String keyMovedByOneFact() {
        return SocialCareMeasure.FAMILY_NETWORK_MEETINGS.key();
    }

    @Override
    protected void recordOneFact() {
        ChildId child = database.insertedChild("FNM-", LocalDate.of(2014, 2, 1), "1");
        database.admin().execute("""
                insert into social_care.family_network_meeting (meeting_id, child_id, held_on, meeting_type, outcome)
                values (?, ?, ?, 'FAMILY_GROUP_CONFERENCE', 'FAMILY_PLAN_AGREED')""",
                UUID.randomUUID(), child.value(), asAt().minusDays(10));
    }
}
