package org.cypf.socialcare.protection.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.api.measure.ChildrenInNeedMeasure;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqReferrals;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.adapter.out.persistence.JooqChildProtectionEnquiries;
import org.cypf.socialcare.protection.adapter.out.persistence.JooqChildProtectionPlans;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;
import org.cypf.socialcare.protection.domain.ConferenceOutcome;
import org.cypf.socialcare.protection.domain.Section47Outcome;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Social care's child protection measures, read through the jOOQ stores on a real PostgreSQL, pass governance's
 * measure-source suite (ADR 0097): a plan begun at an initial conference ten days before the date, stored with its
 * referral and enquiry through social care's jOOQ stores, is one more child on a child protection plan.
 */
class ChildProtectionMeasuresContractTest extends MeasureSourceContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("child protection measure contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected MeasureSource source() {
        return new ChildProtectionMeasures(database.socialCare(), new JooqChildProtectionEnquiries(database.socialCare()),
                new JooqChildProtectionPlans(database.socialCare()), 60_000, Clock.systemUTC());
    }

    @Override
    protected String context() {
        return "social-care";
    }

    @Override
    protected String keyMovedByOneFact() {
        return ChildrenInNeedMeasure.CHILDREN_ON_CHILD_PROTECTION_PLANS.key();
    }

    @Override
    protected void recordOneFact() {
        ChildId child = database.insertedChild("CPM-", LocalDate.of(2014, 2, 1), "1");
        LocalDate conference = asAt().minusDays(10);
        LocalDate referred = conference.minusDays(30);
        Referral referral = Referral.open(UUID.randomUUID(), child, referred, "6", null,
                referred.atTime(9, 0).toInstant(ZoneOffset.UTC), referred, CinCensusCodes.standard()).after();
        ChildProtectionEnquiry enquiry = ChildProtectionEnquiry.rebuild(UUID.randomUUID(), child, referral.id(),
                List.of(conference.minusDays(14)), conference.minusDays(14), Section47Outcome.INITIAL_CONFERENCE,
                conference.minusDays(12), conference, ConferenceOutcome.CHILD_PROTECTION_PLAN, 0);
        ChildProtectionPlan plan = ChildProtectionPlan.rebuild(UUID.randomUUID(), child, referral.id(), enquiry.id(),
                conference, conference, "NEG", "NEG", 0, List.of(), null, null, 0);
        database.socialCare().run(() -> {
            new JooqReferrals(database.socialCare()).add(referral);
            new JooqChildProtectionEnquiries(database.socialCare()).add(enquiry);
            new JooqChildProtectionPlans(database.socialCare()).add(plan);
        });
    }
}
