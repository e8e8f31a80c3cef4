package org.cypf.socialcare.protection.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqReferrals;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ConferenceOutcome;
import org.cypf.socialcare.protection.domain.Section47Outcome;
import org.cypf.socialcare.protection.port.ChildProtectionPlans;
import org.cypf.socialcare.protection.port.PlanReviewsAwaited;
import org.cypf.socialcare.protection.port.PlanReviewsAwaitedContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ child protection reviews queue on a real PostgreSQL (social care's role and schema) passes the work queue's
 * suite (ADR 0097), reading what {@link JooqChildProtectionPlans} stored; the referrals and enquiries the plans start
 * from are stored by social care's own stores, for children inserted first.
 */
class JooqPlanReviewsAwaitedContractTest extends PlanReviewsAwaitedContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("plan reviews queue contract");
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
    protected ChildProtectionPlans plans() {
        return new JooqChildProtectionPlans(database.socialCare());
    }

    @Override
    protected PlanReviewsAwaited queue() {
        return new JooqPlanReviewsAwaited(database.socialCare());
    }

    @Override
    protected ChildId aChild() {
        return database.insertedChild();
    }

    @Override
    protected ChildProtectionEnquiry anEnquiry(ChildId child, LocalDate conference) {
        LocalDate referred = conference.minusDays(30);
        Referral referral = Referral.open(UUID.randomUUID(), child, referred, "6", null,
                Instant.parse("2000-01-01T09:00:00Z"), referred, CinCensusCodes.standard()).after();
        ChildProtectionEnquiry enquiry = ChildProtectionEnquiry.rebuild(UUID.randomUUID(), child, referral.id(),
                List.of(conference.minusDays(25)), conference.minusDays(25), Section47Outcome.INITIAL_CONFERENCE,
                conference.minusDays(20), conference, ConferenceOutcome.CHILD_PROTECTION_PLAN, 0);
        database.socialCare().run(() -> {
            new JooqReferrals(database.socialCare()).add(referral);
            new JooqChildProtectionEnquiries(database.socialCare()).add(enquiry);
        });
        return enquiry;
    }
}
