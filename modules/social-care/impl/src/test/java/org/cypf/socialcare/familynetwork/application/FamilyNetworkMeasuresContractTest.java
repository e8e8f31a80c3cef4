package org.cypf.socialcare.familynetwork.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.api.measure.SocialCareMeasure;
import org.cypf.socialcare.familynetwork.adapter.out.persistence.JooqFamilyNetworkMeetings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Social care's family network measure, counted in SQL on a real PostgreSQL, passes governance's measure-source
 * suite (ADR 0097): a meeting held moves the count of meetings held in the 12 months to the date.
 */
class FamilyNetworkMeasuresContractTest extends MeasureSourceContract {
    private TestDatabase.Target db;
    private ContextDatabase socialCare;
    private CloseableDSLContext admin;
    private MeasureSource source;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh("family network measure contract");
        socialCare = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "social_care", 4);
        admin = DSL.using(db.jdbcUrl(), db.user(), db.password());
        source = new FamilyNetworkMeasures(socialCare, new JooqFamilyNetworkMeetings(socialCare), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        socialCare.close();
        admin.close();
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
        UUID child = UUID.randomUUID();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '2014-02-01', '1')",
                child, "FNM-" + child);
        admin.execute("""
                insert into social_care.family_network_meeting (meeting_id, child_id, held_on, meeting_type, outcome)
                values (?, ?, ?, 'FAMILY_GROUP_CONFERENCE', 'FAMILY_PLAN_AGREED')""",
                UUID.randomUUID(), child, asAt().minusDays(10));
    }
}
