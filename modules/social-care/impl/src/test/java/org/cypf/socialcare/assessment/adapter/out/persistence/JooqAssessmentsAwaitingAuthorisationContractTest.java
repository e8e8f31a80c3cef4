package org.cypf.socialcare.assessment.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Assessments;
import org.cypf.socialcare.assessment.port.AssessmentsAwaitingAuthorisation;
import org.cypf.socialcare.assessment.port.AssessmentsAwaitingAuthorisationContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ assessments queue on a real PostgreSQL (social care's role and schema) passes the work queue's suite (ADR
 * 0097), reading what {@link JooqAssessments} stored, of referrals stored by {@link JooqReferrals} for children
 * inserted first.
 */
class JooqAssessmentsAwaitingAuthorisationContractTest extends AssessmentsAwaitingAuthorisationContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("assessments queue contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected Assessments assessments() {
        return new JooqAssessments(database.socialCare());
    }

    @Override
    protected AssessmentsAwaitingAuthorisation queue() {
        return new JooqAssessmentsAwaitingAuthorisation(database.socialCare());
    }

    private static Referral insertedReferral(LocalDate on) {
        Referral referral = Referral.open(UUID.randomUUID(), database.insertedChild(), on, "6", null,
                Instant.parse("2000-01-01T09:00:00Z"), on, CinCensusCodes.standard()).after();
        database.socialCare().run(() -> new JooqReferrals(database.socialCare()).add(referral));
        return referral;
    }

    @Override
    protected Referral aReferral(LocalDate on) {
        return insertedReferral(on);
    }
}
