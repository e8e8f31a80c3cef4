package org.cypf.socialcare.assessment.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Assessments;
import org.cypf.socialcare.assessment.port.AssessmentsContract;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ assessments on a real PostgreSQL (social care's role and schema) pass the record store's suite (ADR 0097);
 * the referrals they assess are stored by social care's own referral store, for a child inserted first.
 */
class JooqAssessmentsContractTest extends AssessmentsContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("assessments contract");
        socialCare = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "social_care", 4);
        admin = DSL.using(db.jdbcUrl(), db.user(), db.password());
    }

    @AfterAll
    static void close() {
        if (socialCare != null) {
            socialCare.close();
            admin.close();
        }
    }

    @Override
    protected Assessments assessments() {
        return new JooqAssessments(socialCare);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    @Override
    protected Referral aReferral(LocalDate on) {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '2012-05-01', '2')",
                child.value(), "AS-" + child.value());
        Referral referral = Referral.open(UUID.randomUUID(), child, on, "6", null, Instant.parse("2025-01-01T09:00:00Z"),
                on, CinCensusCodes.standard()).after();
        socialCare.run(() -> new JooqReferrals(socialCare).add(referral));
        return referral;
    }
}
