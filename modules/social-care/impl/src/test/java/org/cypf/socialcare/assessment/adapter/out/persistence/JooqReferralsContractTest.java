package org.cypf.socialcare.assessment.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.socialcare.assessment.port.ReferralsContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ referrals on a real PostgreSQL (social care's role and schema) pass the record store's suite (ADR 0097),
 * for children inserted first.
 */
class JooqReferralsContractTest extends ReferralsContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("referrals contract");
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
    protected Referrals referrals() {
        return new JooqReferrals(database.socialCare());
    }

    @Override
    protected ChildId aChild() {
        return database.insertedChild();
    }
}
