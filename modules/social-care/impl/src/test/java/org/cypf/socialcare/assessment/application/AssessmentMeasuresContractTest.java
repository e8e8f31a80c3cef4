package org.cypf.socialcare.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.api.measure.ChildrenInNeedMeasure;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqAssessments;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqReferrals;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Social care's referral and assessment measures, read through the jOOQ stores on a real PostgreSQL, pass
 * governance's measure-source suite (ADR 0097): a re-referral (a child referred again less than 12 months after a
 * referral made before the 12 months to the date), stored through the jOOQ referrals, is one more referral in the year
 * and one more re-referral.
 */
class AssessmentMeasuresContractTest extends MeasureSourceContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("assessment measure contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected MeasureSource source() {
        return new AssessmentMeasures(database.socialCare(), new JooqReferrals(database.socialCare()),
                new JooqAssessments(database.socialCare()), Clock.systemUTC());
    }

    @Override
    protected String context() {
        return "social-care";
    }

    @Override
    protected String keyMovedByOneFact() {
        return ChildrenInNeedMeasure.RE_REFERRALS_WITHIN_12_MONTHS.key();
    }

    @Override
    protected void recordOneFact() {
        ChildId child = database.insertedChild("AM-", LocalDate.of(2014, 2, 1), "1");
        Referral before = referral(child, asAt().minusMonths(12).minusDays(6));
        Referral again = referral(child, asAt().minusDays(10));
        JooqReferrals referrals = new JooqReferrals(database.socialCare());
        database.socialCare().run(() -> {
            referrals.add(before);
            referrals.add(again);
        });
    }

    private static Referral referral(ChildId child, LocalDate on) {
        return Referral.open(UUID.randomUUID(), child, on, "6", null, on.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC),
                on, CinCensusCodes.standard()).after();
    }
}
