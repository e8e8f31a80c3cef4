package org.cypf.socialcare.assessment.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Assessments;
import org.cypf.socialcare.assessment.port.AssessmentsAwaitingAuthorisation;
import org.cypf.socialcare.assessment.port.AssessmentsAwaitingAuthorisationContract;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ assessments queue on a real PostgreSQL (social care's role and schema) passes the work queue's suite (ADR
 * 0097), reading what {@link JooqAssessments} stored, of referrals stored by {@link JooqReferrals} for children
 * inserted first.
 */
class JooqAssessmentsAwaitingAuthorisationContractTest extends AssessmentsAwaitingAuthorisationContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("assessments queue contract");
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
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    private static ChildId insertedChild() {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '1995-05-01', '2')",
                child.value(), "SC-" + child.value());
        return child;
    }

    @Override
    protected Assessments assessments() {
        return new JooqAssessments(socialCare);
    }

    @Override
    protected AssessmentsAwaitingAuthorisation queue() {
        return new JooqAssessmentsAwaitingAuthorisation(socialCare);
    }

    private static Referral insertedReferral(LocalDate on) {
        Referral referral = Referral.open(UUID.randomUUID(), insertedChild(), on, "6", null,
                Instant.parse("2000-01-01T09:00:00Z"), on, CinCensusCodes.standard()).after();
        socialCare.run(() -> new JooqReferrals(socialCare).add(referral));
        return referral;
    }

    @Override
    protected Referral aReferral(LocalDate on) {
        return insertedReferral(on);
    }
}
