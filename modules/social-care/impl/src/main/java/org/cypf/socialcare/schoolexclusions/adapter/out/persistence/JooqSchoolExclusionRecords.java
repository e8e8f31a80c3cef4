package org.cypf.socialcare.schoolexclusions.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD_PROTECTION_PLAN;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.PERIOD_OF_CARE;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.REFERRAL;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.SCHOOL_EXCLUSION;

import java.time.LocalDate;
import java.util.Optional;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.schoolexclusions.domain.SchoolExclusion;
import org.cypf.socialcare.schoolexclusions.port.SchoolExclusionRecords;
import org.jooq.impl.DSL;

/** {@code social_care.school_exclusion}, and what social care holds of the child to decide the alert. */
public final class JooqSchoolExclusionRecords implements SchoolExclusionRecords {
    private final ContextDatabase database;

    public JooqSchoolExclusionRecords(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<ChildId> childWithUpn(String upn) {
        return database.transactionalDsl().select(CHILD.CHILD_ID).from(CHILD).where(CHILD.UPN.eq(upn))
                .orderBy(CHILD.CREATED_AT).limit(1).fetchOptional(r -> ChildId.of(r.value1()));
    }

    @Override
    public boolean hadSocialWorkerOrWasLookedAfter(ChildId child, LocalDate on) {
        var dsl = database.transactionalDsl();
        return dsl.fetchExists(DSL.selectOne().from(PERIOD_OF_CARE).where(PERIOD_OF_CARE.CHILD_ID.eq(child.value())
                        .and(PERIOD_OF_CARE.START_DATE.le(on))
                        .and(PERIOD_OF_CARE.END_DATE.isNull().or(PERIOD_OF_CARE.END_DATE.ge(on)))))
                || dsl.fetchExists(DSL.selectOne().from(REFERRAL).where(REFERRAL.CHILD_ID.eq(child.value())
                        .and(REFERRAL.REFERRAL_DATE.le(on))
                        .and(REFERRAL.CLOSURE_DATE.isNull().or(REFERRAL.CLOSURE_DATE.ge(on)))))
                || dsl.fetchExists(DSL.selectOne().from(CHILD_PROTECTION_PLAN)
                        .where(CHILD_PROTECTION_PLAN.CHILD_ID.eq(child.value())
                        .and(CHILD_PROTECTION_PLAN.START_DATE.le(on))
                        .and(CHILD_PROTECTION_PLAN.END_DATE.isNull().or(CHILD_PROTECTION_PLAN.END_DATE.ge(on)))));
    }

    @Override
    public boolean add(SchoolExclusion e) {
        return database.transactionalDsl().insertInto(SCHOOL_EXCLUSION)
                .set(SCHOOL_EXCLUSION.EXCLUSION_ID, e.exclusionId())
                .set(SCHOOL_EXCLUSION.CHILD_ID, e.childId().value())
                .set(SCHOOL_EXCLUSION.URN, e.urn())
                .set(SCHOOL_EXCLUSION.CATEGORY, e.category())
                .set(SCHOOL_EXCLUSION.REASON, e.reason())
                .set(SCHOOL_EXCLUSION.START_DATE, e.startDate())
                .set(SCHOOL_EXCLUSION.SESSIONS, e.sessions())
                .set(SCHOOL_EXCLUSION.ALERT_RAISED, e.alertRaised())
                .onConflictDoNothing()
                .execute() == 1;
    }
}
