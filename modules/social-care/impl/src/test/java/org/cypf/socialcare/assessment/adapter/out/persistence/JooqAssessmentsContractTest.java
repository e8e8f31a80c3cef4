package org.cypf.socialcare.assessment.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Assessments;
import org.cypf.socialcare.assessment.port.AssessmentsContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ assessments on a real PostgreSQL (social care's role and schema) pass the record store's suite (ADR 0097);
 * the referrals they assess are stored by social care's own referral store, for a child inserted first.
 */
class JooqAssessmentsContractTest extends AssessmentsContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("assessments contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected Assessments assessments() {
        return new JooqAssessments(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected Referral aReferral(LocalDate on) {
        ChildId child = database.insertedChild("AS-", LocalDate.of(2012, 5, 1), "2");
        Referral referral = Referral.open(UUID.randomUUID(), child, on, "6", null, Instant.parse("2025-01-01T09:00:00Z"),
                on, CinCensusCodes.standard()).after();
        database.socialCare().run(() -> new JooqReferrals(database.socialCare()).add(referral));
        return referral;
    }
}
