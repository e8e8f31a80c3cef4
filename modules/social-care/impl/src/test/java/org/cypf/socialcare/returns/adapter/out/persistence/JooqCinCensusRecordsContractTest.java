package org.cypf.socialcare.returns.adapter.out.persistence;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqReferrals;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.adapter.out.persistence.JooqChildProtectionEnquiries;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.returns.port.CinCensusRecords;
import org.cypf.socialcare.returns.port.CinCensusRecordsContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@code JooqCinCensusRecords} on a real PostgreSQL (social care's role and schema) passes
 * {@code CinCensusRecordsContract} (ADR 0097); the referrals and enquiries are held by social care's own stores.
 */
class JooqCinCensusRecordsContractTest extends CinCensusRecordsContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("cin census records contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected CinCensusRecords records() {
        return new JooqCinCensusRecords(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected ChildId aChild() {
        return database.insertedChild("CR-", LocalDate.of(1995, 5, 1), "2");
    }

    @Override
    protected void hold(Referral referral) {
        database.socialCare().run(() -> new JooqReferrals(database.socialCare()).add(referral));
    }

    @Override
    protected void hold(ChildProtectionEnquiry enquiry) {
        database.socialCare().run(() -> new JooqChildProtectionEnquiries(database.socialCare()).add(enquiry));
    }
}
