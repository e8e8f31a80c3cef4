package org.cypf.healthwellbeing.retention;

import static java.time.LocalDate.of;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.childrenincare.RegisterEntryToCare;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.testing.contract.RecordRetentionContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Health's retention adapter runs the port's suite on a real PostgreSQL: the suite's record is a child in care's
 * health record, kept through the context's own use case (due at the 26th birthday, CHILD-HEALTH).
 */
class JooqRecordRetentionContractTest extends RecordRetentionContract {
    private static final Caller NURSE = new Caller("sn.oconnor", "nhs", Set.of(), null);

    private static ContextDatabase health;
    private static HealthWellbeingContext context;

    @BeforeAll
    static void start() {
        var target = TestDatabase.fresh("health retention contract");
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        context = new HealthWellbeingContext(health, RecordingChildRecordAccess.forPartners(Set.of("nhs")),
                Clock.fixed(of(2025, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        health.close();
    }

    @Override
    protected RecordRetention retention() {
        return context.recordRetention();
    }

    @Override
    protected void recordOneDueRecordOf(UUID child) {
        context.childrenInCareHealth().registerEntryToCare(NURSE,
                new RegisterEntryToCare(child.toString(), UUID.randomUUID(), of(2012, 4, 1), of(2025, 1, 6)));
    }
}
