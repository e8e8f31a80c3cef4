package org.cypf.socialcare.schoolexclusions.adapter.out.persistence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.schoolexclusions.domain.SchoolExclusion;
import org.cypf.socialcare.schoolexclusions.port.SchoolExclusionRecords;
import org.cypf.socialcare.schoolexclusions.port.SchoolExclusionRecordsContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ school exclusions on a real PostgreSQL (social care's role and schema) pass the record store's suite
 * (ADR 0097); the children, their periods of care, referrals and child protection plans are inserted as the other
 * stores would hold them, and the exclusions added are read from {@code social_care.school_exclusion}.
 */
class JooqSchoolExclusionRecordsContractTest extends SchoolExclusionRecordsContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("school exclusion records contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected SchoolExclusionRecords exclusions() {
        return new JooqSchoolExclusionRecords(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected ChildId aChild(String upn) {
        ChildId child = ChildId.newId();
        // clock_timestamp(), not now(): each child is recorded after the one before, whatever the clock's resolution.
        database.admin().execute("insert into social_care.child (child_id, la_child_id, upn, date_of_birth, sex, created_at) "
                + "values (?, ?, ?, '2012-05-01', '1', clock_timestamp())", child.value(), "SX-" + child.value(), upn);
        return child;
    }

    @Override
    protected void lookedAfter(ChildId child, LocalDate from, LocalDate to) {
        database.admin().execute("insert into social_care.period_of_care (period_id, child_id, start_date, end_date, reason_ceased) "
                + "values (?, ?, ?, ?, ?)", UUID.randomUUID(), child.value(), from, to, to == null ? null : "E4A");
    }

    @Override
    protected void referred(ChildId child, LocalDate from, LocalDate to) {
        referral(child, from, to);
    }

    private static UUID referral(ChildId child, LocalDate from, LocalDate to) {
        UUID referral = UUID.randomUUID();
        database.admin().execute("insert into social_care.referral (referral_id, child_id, referral_date, referral_source, "
                + "closure_date, closure_reason, recorded_at) values (?, ?, ?, '6', ?, ?, now())", referral,
                child.value(), from, to, to == null ? null : "RC8");
        return referral;
    }

    @Override
    protected void onAPlan(ChildId child, LocalDate from, LocalDate to) {
        // The plan's referral, closed two days before the plan starts: only the plan is open from the day before.
        LocalDate before = from.minusDays(2);
        UUID referral = referral(child, before.minusDays(10), before);
        UUID enquiry = UUID.randomUUID();
        database.admin().execute("insert into social_care.child_protection_enquiry (enquiry_id, child_id, referral_id, "
                + "icpc_due_date, icpc_date, icpc_outcome) values (?, ?, ?, ?, ?, 'CHILD_PROTECTION_PLAN')", enquiry,
                child.value(), referral, from, from);
        database.admin().execute("insert into social_care.child_protection_plan (plan_id, child_id, referral_id, enquiry_id, "
                + "icpc_date, start_date, initial_category, latest_category, previous_plans, end_date, end_reason) "
                + "values (?, ?, ?, ?, ?, ?, 'NEG', 'NEG', 0, ?, ?)", UUID.randomUUID(), child.value(), referral,
                enquiry, from, from, to, to == null ? null : "RC8");
    }

    @Override
    protected Optional<SchoolExclusion> held(UUID exclusionId) {
        return database.admin().resultQuery("select exclusion_id, child_id, urn, category, reason, start_date, sessions, "
                        + "alert_raised from social_care.school_exclusion where exclusion_id = ?", exclusionId)
                .fetchOptional(r -> new SchoolExclusion(r.get(0, UUID.class), ChildId.of(r.get(1, UUID.class)),
                        r.get(2, Integer.class), r.get(3, String.class), r.get(4, String.class),
                        r.get(5, LocalDate.class), r.get(6, Integer.class), r.get(7, Boolean.class)));
    }
}
