package org.cypf.socialcare.returns.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqReferrals;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.adapter.out.persistence.JooqChildProtectionEnquiries;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.returns.port.CinCensusRecords;
import org.cypf.socialcare.returns.port.CinCensusRecordsContract;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@code JooqCinCensusRecords} on a real PostgreSQL (social care's role and schema) passes
 * {@code CinCensusRecordsContract} (ADR 0097); the referrals and enquiries are held by social care's own stores.
 */
class JooqCinCensusRecordsContractTest extends CinCensusRecordsContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("cin census records contract");
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
    protected CinCensusRecords records() {
        return new JooqCinCensusRecords(socialCare);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    @Override
    protected ChildId aChild() {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '1995-05-01', '2')",
                child.value(), "CR-" + child.value());
        return child;
    }

    @Override
    protected void hold(Referral referral) {
        socialCare.run(() -> new JooqReferrals(socialCare).add(referral));
    }

    @Override
    protected void hold(ChildProtectionEnquiry enquiry) {
        socialCare.run(() -> new JooqChildProtectionEnquiries(socialCare).add(enquiry));
    }
}
