package org.cypf.socialcare.shared.adapter.out.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqReferrals;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.testing.contract.ChildRecordSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Social care's subject access source on a real PostgreSQL passes governance's child record source suite (ADR 0097):
 * the records it gives are kept through social care's own jOOQ referrals, for a child inserted first.
 */
class JooqChildRecordSourceContractTest extends ChildRecordSourceContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("child record source contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ChildRecordSource source() {
        return new JooqChildRecordSource("social-care", database.socialCare());
    }

    @Override
    protected String context() {
        return "social-care";
    }

    @Override
    protected ChildId aChild() {
        return database.insertedChild("SAR-", LocalDate.of(2014, 2, 1), "1");
    }

    @Override
    protected void recordAbout(ChildId child) {
        LocalDate on = LocalDate.of(2025, 3, 3);
        Referral referral = Referral.open(UUID.randomUUID(), child, on, "6", null,
                on.atTime(9, 0).toInstant(ZoneOffset.UTC), on, CinCensusCodes.standard()).after();
        database.socialCare().run(() -> new JooqReferrals(database.socialCare()).add(referral));
    }
}
