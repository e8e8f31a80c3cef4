package org.cypf.socialcare.protection.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqReferrals;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import java.util.List;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ConferenceOutcome;
import org.cypf.socialcare.protection.domain.Section47Outcome;
import org.cypf.socialcare.protection.port.ChildProtectionPlans;
import org.cypf.socialcare.protection.port.PlanReviewsAwaited;
import org.cypf.socialcare.protection.port.PlanReviewsAwaitedContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ child protection reviews queue on a real PostgreSQL (social care's role and schema) passes the work queue's
 * suite (ADR 0097), reading what {@link JooqChildProtectionPlans} stored; the referrals and enquiries the plans start
 * from are stored by social care's own stores, for children inserted first.
 */
class JooqPlanReviewsAwaitedContractTest extends PlanReviewsAwaitedContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("plan reviews queue contract");
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
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    private static ChildId insertedChild() {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '1995-05-01', '2')",
                child.value(), "SC-" + child.value());
        return child;
    }

    @Override
    protected ChildProtectionPlans plans() {
        return new JooqChildProtectionPlans(socialCare);
    }

    @Override
    protected PlanReviewsAwaited queue() {
        return new JooqPlanReviewsAwaited(socialCare);
    }

    @Override
    protected ChildId aChild() {
        return insertedChild();
    }

    @Override
    protected ChildProtectionEnquiry anEnquiry(ChildId child, LocalDate conference) {
        LocalDate referred = conference.minusDays(30);
        Referral referral = Referral.open(UUID.randomUUID(), child, referred, "6", null,
                Instant.parse("2000-01-01T09:00:00Z"), referred, CinCensusCodes.standard()).after();
        ChildProtectionEnquiry enquiry = ChildProtectionEnquiry.rebuild(UUID.randomUUID(), child, referral.id(),
                List.of(conference.minusDays(25)), conference.minusDays(25), Section47Outcome.INITIAL_CONFERENCE,
                conference.minusDays(20), conference, ConferenceOutcome.CHILD_PROTECTION_PLAN, 0);
        socialCare.run(() -> {
            new JooqReferrals(socialCare).add(referral);
            new JooqChildProtectionEnquiries(socialCare).add(enquiry);
        });
        return enquiry;
    }
}
