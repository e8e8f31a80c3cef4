package org.cypf.healthwellbeing.shared.adapter.out.persistence;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.healthwellbeing.mentalhealth.adapter.out.persistence.JooqMentalHealthReferrals;
import org.cypf.healthwellbeing.mentalhealth.domain.MentalHealthReferral;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.contract.ChildRecordSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Health's subject access source on a real PostgreSQL passes governance's child record source suite (ADR 0097): the
 * records it gives are kept through health's own jOOQ mental health referrals.
 */
class JooqChildRecordSourceContractTest extends ChildRecordSourceContract {
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("health child record source contract");
        health = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "health_wellbeing", 4);
    }

    @AfterAll
    static void close() {
        if (health != null) {
            health.close();
        }
    }

    @Override
    protected ChildRecordSource source() {
        return new JooqChildRecordSource("health-wellbeing", health);
    }

    @Override
    protected String context() {
        return "health-wellbeing";
    }

    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }

    @Override
    protected void recordAbout(ChildId child) {
        LocalDate received = LocalDate.of(2025, 1, 6);
        MentalHealthReferral referral = MentalHealthReferral.receive(UUID.randomUUID(), child, received, "2A",
                received).after();
        health.run(() -> new JooqMentalHealthReferrals(health).add(referral));
    }
}
