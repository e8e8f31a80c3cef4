package org.cypf.socialcare.protection.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqReferrals;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.port.ChildProtectionEnquiries;
import org.cypf.socialcare.protection.port.ChildProtectionEnquiriesContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ child protection enquiries on a real PostgreSQL (social care's role and schema) pass the record store's
 * suite (ADR 0097), of referrals stored by social care's own referral store for children inserted first.
 */
class JooqChildProtectionEnquiriesContractTest extends ChildProtectionEnquiriesContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("child protection enquiries contract");
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
    protected ChildProtectionEnquiries enquiries() {
        return new JooqChildProtectionEnquiries(database.socialCare());
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
