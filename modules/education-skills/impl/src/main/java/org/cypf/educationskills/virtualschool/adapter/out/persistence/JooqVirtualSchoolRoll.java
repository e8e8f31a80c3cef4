package org.cypf.educationskills.virtualschool.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.PERSONAL_EDUCATION_PLAN;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.VIRTUAL_SCHOOL_CHILD;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.VIRTUAL_SCHOOL_EXCLUSION;

import java.time.LocalDate;
import org.cypf.platform.db.UniqueViolations;
import org.cypf.educationskills.shared.adapter.out.persistence.jooq.tables.records.VirtualSchoolExclusionRecord;
import org.cypf.educationskills.virtualschool.domain.ChildInCareExclusion;

import java.util.List;
import java.util.Optional;
import org.cypf.educationskills.shared.adapter.out.persistence.jooq.tables.records.VirtualSchoolChildRecord;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.educationskills.settings.adapter.out.persistence.JooqTermDates;
import org.cypf.governance.api.access.ListScope;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.cypf.educationskills.virtualschool.domain.PersonalEducationPlan;

/** {@code education_skills.virtual_school_child}. */
public final class JooqVirtualSchoolRoll implements VirtualSchoolRoll {
    private final ContextDatabase database;

    public JooqVirtualSchoolRoll(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<VirtualSchoolRegistration> onRoll(ChildId child) {
        return database.transactionalDsl().selectFrom(VIRTUAL_SCHOOL_CHILD)
                .where(VIRTUAL_SCHOOL_CHILD.CHILD_ID.eq(child.value()).and(VIRTUAL_SCHOOL_CHILD.LEFT_CARE_ON.isNull()))
                .fetchOptional(JooqVirtualSchoolRoll::registration);
    }

    @Override
    public void add(VirtualSchoolRegistration r) {
        // virtual_school_child_one_open, or the id: the child is on the roll already, or was put there first beside.
        UniqueViolations.refusedAsConflict(() -> insert(r), "the child is on the virtual school's roll already");
    }

    private void insert(VirtualSchoolRegistration r) {
        database.transactionalDsl().insertInto(VIRTUAL_SCHOOL_CHILD)
                .set(VIRTUAL_SCHOOL_CHILD.REGISTRATION_ID, r.id())
                .set(VIRTUAL_SCHOOL_CHILD.CHILD_ID, r.childId().value())
                .set(VIRTUAL_SCHOOL_CHILD.UPN, r.upn() == null ? null : r.upn().value())
                .set(VIRTUAL_SCHOOL_CHILD.DATE_OF_BIRTH, r.dateOfBirth())
                .set(VIRTUAL_SCHOOL_CHILD.ENTERED_CARE_ON, r.enteredCareOn())
                .set(VIRTUAL_SCHOOL_CHILD.PEP_DUE_BY, r.pepDueBy())
                .set(VIRTUAL_SCHOOL_CHILD.LEFT_CARE_ON, r.leftCareOn())
                .set(VIRTUAL_SCHOOL_CHILD.VERSION, r.version())
                .execute();
    }

    @Override
    public void update(VirtualSchoolRegistration r) {
        int updated = database.transactionalDsl().update(VIRTUAL_SCHOOL_CHILD)
                .set(VIRTUAL_SCHOOL_CHILD.LEFT_CARE_ON, r.leftCareOn())
                .set(VIRTUAL_SCHOOL_CHILD.PEP_DUE_BY, r.pepDueBy())
                .set(VIRTUAL_SCHOOL_CHILD.VERSION, VIRTUAL_SCHOOL_CHILD.VERSION.plus(1))
                .where(VIRTUAL_SCHOOL_CHILD.REGISTRATION_ID.eq(r.id()).and(VIRTUAL_SCHOOL_CHILD.VERSION.eq(r.version())))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the virtual school registration", r.version());
        }
    }

    @Override
    public List<VirtualSchoolRegistration> currentRoll(ListScope scope, long offset, int limit) {
        return database.transactionalDsl().selectFrom(VIRTUAL_SCHOOL_CHILD)
                .where(onRollWithin(scope))
                .orderBy(VIRTUAL_SCHOOL_CHILD.PEP_DUE_BY, VIRTUAL_SCHOOL_CHILD.CHILD_ID)
                .offset(offset).limit(limit)
                .fetch(JooqVirtualSchoolRoll::registration);
    }

    @Override
    public long countCurrentRoll(ListScope scope) {
        return database.transactionalDsl().fetchCount(VIRTUAL_SCHOOL_CHILD, onRollWithin(scope));
    }

    /** On the roll now, and a child the list may show (ADR 0033). */
    static Condition onRollWithin(ListScope scope) {
        Condition onRoll = VIRTUAL_SCHOOL_CHILD.LEFT_CARE_ON.isNull();
        // The children in scope as one array bind value, however many (an IN list stops at 65,535; ADR 0112).
        return scope.wholePartnership() ? onRoll : onRoll.and(VIRTUAL_SCHOOL_CHILD.CHILD_ID.eq(DSL.any(scope.childIds())));
    }

    @Override
    public Optional<VirtualSchoolRegistration> inCareOn(UniquePupilNumber upn, LocalDate on) {
        return database.transactionalDsl().selectFrom(VIRTUAL_SCHOOL_CHILD)
                .where(VIRTUAL_SCHOOL_CHILD.UPN.eq(upn.value())
                        .and(VIRTUAL_SCHOOL_CHILD.ENTERED_CARE_ON.le(on))
                        .and(VIRTUAL_SCHOOL_CHILD.LEFT_CARE_ON.isNull().or(VIRTUAL_SCHOOL_CHILD.LEFT_CARE_ON.ge(on))))
                .orderBy(VIRTUAL_SCHOOL_CHILD.ENTERED_CARE_ON.desc())
                .limit(1)
                .fetchOptional(JooqVirtualSchoolRoll::registration);
    }

    @Override
    public boolean addExclusion(ChildInCareExclusion e) {
        return database.transactionalDsl().insertInto(VIRTUAL_SCHOOL_EXCLUSION)
                .set(VIRTUAL_SCHOOL_EXCLUSION.EXCLUSION_ID, e.exclusionId())
                .set(VIRTUAL_SCHOOL_EXCLUSION.REGISTRATION_ID, e.registrationId())
                .set(VIRTUAL_SCHOOL_EXCLUSION.CHILD_ID, e.childId().value())
                .set(VIRTUAL_SCHOOL_EXCLUSION.URN, e.urn())
                .set(VIRTUAL_SCHOOL_EXCLUSION.CATEGORY, e.category())
                .set(VIRTUAL_SCHOOL_EXCLUSION.REASON, e.reason())
                .set(VIRTUAL_SCHOOL_EXCLUSION.START_DATE, e.startDate())
                .set(VIRTUAL_SCHOOL_EXCLUSION.SESSIONS, e.sessions())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public List<ChildInCareExclusion> exclusionsOf(ChildId child, long offset, int limit) {
        return database.transactionalDsl().selectFrom(VIRTUAL_SCHOOL_EXCLUSION)
                .where(VIRTUAL_SCHOOL_EXCLUSION.CHILD_ID.eq(child.value()))
                .orderBy(VIRTUAL_SCHOOL_EXCLUSION.START_DATE.desc(), VIRTUAL_SCHOOL_EXCLUSION.EXCLUSION_ID)
                .offset(offset).limit(limit)
                .fetch(JooqVirtualSchoolRoll::exclusion);
    }

    @Override
    public long countExclusionsOf(ChildId child) {
        return database.transactionalDsl().fetchCount(VIRTUAL_SCHOOL_EXCLUSION,
                VIRTUAL_SCHOOL_EXCLUSION.CHILD_ID.eq(child.value()));
    }

    @Override
    public List<VirtualSchoolRegistration> registrationsOf(ChildId child, long offset, int limit) {
        return database.transactionalDsl().selectFrom(VIRTUAL_SCHOOL_CHILD)
                .where(VIRTUAL_SCHOOL_CHILD.CHILD_ID.eq(child.value()))
                .orderBy(VIRTUAL_SCHOOL_CHILD.ENTERED_CARE_ON, VIRTUAL_SCHOOL_CHILD.REGISTRATION_ID)
                .offset(offset).limit(limit)
                .fetch(JooqVirtualSchoolRoll::registration);
    }

    @Override
    public long countRegistrationsOf(ChildId child) {
        return database.transactionalDsl().fetchCount(VIRTUAL_SCHOOL_CHILD, VIRTUAL_SCHOOL_CHILD.CHILD_ID.eq(child.value()));
    }

    @Override
    public List<PersonalEducationPlan> pepsOf(ChildId child, long offset, int limit) {
        return database.transactionalDsl().selectFrom(PERSONAL_EDUCATION_PLAN)
                .where(PERSONAL_EDUCATION_PLAN.CHILD_ID.eq(child.value()))
                .orderBy(PERSONAL_EDUCATION_PLAN.HELD_ON, PERSONAL_EDUCATION_PLAN.PEP_ID)
                .offset(offset).limit(limit)
                .fetch(r -> new PersonalEducationPlan(r.getPepId(), r.getRegistrationId(), ChildId.of(r.getChildId()),
                        r.getHeldOn(), r.getDueBy(), r.getNextReviewBy(), List.of(r.getTargets()),
                        r.getPupilPremiumPlus()));
    }

    @Override
    public long countPepsOf(ChildId child) {
        return database.transactionalDsl().fetchCount(PERSONAL_EDUCATION_PLAN,
                PERSONAL_EDUCATION_PLAN.CHILD_ID.eq(child.value()));
    }

    @Override
    public void addPep(PersonalEducationPlan pep) {
        database.transactionalDsl().insertInto(PERSONAL_EDUCATION_PLAN)
                .set(PERSONAL_EDUCATION_PLAN.PEP_ID, pep.id())
                .set(PERSONAL_EDUCATION_PLAN.REGISTRATION_ID, pep.registrationId())
                .set(PERSONAL_EDUCATION_PLAN.CHILD_ID, pep.childId().value())
                .set(PERSONAL_EDUCATION_PLAN.HELD_ON, pep.heldOn())
                .set(PERSONAL_EDUCATION_PLAN.DUE_BY, pep.dueBy())
                .set(PERSONAL_EDUCATION_PLAN.NEXT_REVIEW_BY, pep.nextReviewBy())
                .set(PERSONAL_EDUCATION_PLAN.TARGETS, pep.targets().toArray(String[]::new))
                .set(PERSONAL_EDUCATION_PLAN.PUPIL_PREMIUM_PLUS, pep.pupilPremiumPlus())
                .execute();
    }

    @Override
    public Optional<LocalDate> latestPepHeldOn(java.util.UUID registrationId) {
        return Optional.ofNullable(database.transactionalDsl().select(DSL.max(PERSONAL_EDUCATION_PLAN.HELD_ON))
                .from(PERSONAL_EDUCATION_PLAN).where(PERSONAL_EDUCATION_PLAN.REGISTRATION_ID.eq(registrationId))
                .fetchOne(0, LocalDate.class));
    }

    private static Condition dueWithin(ListScope scope, LocalDate by) {
        return onRollWithin(scope).and(VIRTUAL_SCHOOL_CHILD.PEP_DUE_BY.le(by));
    }

    @Override
    public List<PepDue> pepsDue(ListScope scope, LocalDate by, long offset, int limit) {
        var last = DSL.select(DSL.max(PERSONAL_EDUCATION_PLAN.HELD_ON)).from(PERSONAL_EDUCATION_PLAN)
                .where(PERSONAL_EDUCATION_PLAN.REGISTRATION_ID.eq(VIRTUAL_SCHOOL_CHILD.REGISTRATION_ID))
                .asField("last_held_on");
        return database.transactionalDsl().select(VIRTUAL_SCHOOL_CHILD.asterisk(), last)
                .from(VIRTUAL_SCHOOL_CHILD)
                .where(dueWithin(scope, by))
                .orderBy(VIRTUAL_SCHOOL_CHILD.PEP_DUE_BY, VIRTUAL_SCHOOL_CHILD.CHILD_ID)
                .offset(offset).limit(limit)
                .fetch(r -> new PepDue(registration(r.into(VIRTUAL_SCHOOL_CHILD)), r.get(last, LocalDate.class)));
    }

    @Override
    public long countPepsDue(ListScope scope, LocalDate by) {
        return database.transactionalDsl().fetchCount(VIRTUAL_SCHOOL_CHILD, dueWithin(scope, by));
    }

    @Override
    public long[] pepsHeld(LocalDate from, LocalDate to) {
        var r = database.transactionalDsl().select(DSL.count(),
                        DSL.count().filterWhere(PERSONAL_EDUCATION_PLAN.HELD_ON.le(PERSONAL_EDUCATION_PLAN.DUE_BY)))
                .from(PERSONAL_EDUCATION_PLAN)
                .where(PERSONAL_EDUCATION_PLAN.HELD_ON.between(from, to))
                .fetchOne();
        return new long[] {r.value1(), r.value2()};
    }

    @Override
    public List<OpenPep> openPeps(java.util.Set<Integer> settings, boolean localAuthority) {
        var last = DSL.select(DSL.max(PERSONAL_EDUCATION_PLAN.HELD_ON)).from(PERSONAL_EDUCATION_PLAN)
                .where(PERSONAL_EDUCATION_PLAN.REGISTRATION_ID.eq(VIRTUAL_SCHOOL_CHILD.REGISTRATION_ID))
                .asField("last_held_on");
        var setting = JooqTermDates.settingOf(VIRTUAL_SCHOOL_CHILD.UPN).as("setting");
        Integer[] urns = settings.stream().filter(java.util.Objects::nonNull).toArray(Integer[]::new);
        return database.transactionalDsl().select(VIRTUAL_SCHOOL_CHILD.asterisk(), setting, last)
                .from(VIRTUAL_SCHOOL_CHILD)
                .where(VIRTUAL_SCHOOL_CHILD.LEFT_CARE_ON.isNull())
                .and(localAuthority ? DSL.noCondition()
                        : JooqTermDates.settingOf(VIRTUAL_SCHOOL_CHILD.UPN).eq(DSL.any(urns)))
                .fetch(r -> new OpenPep(registration(r.into(VIRTUAL_SCHOOL_CHILD)), r.get(setting),
                        r.get(last, LocalDate.class)));
    }

    @Override
    public void moveDueDates(List<VirtualSchoolRegistration> moved) {
        // One array parameter per column, one statement for the lot, each row still checked against its version.
        java.util.UUID[] ids = moved.stream().map(VirtualSchoolRegistration::id).toArray(java.util.UUID[]::new);
        LocalDate[] due = moved.stream().map(VirtualSchoolRegistration::pepDueBy).toArray(LocalDate[]::new);
        Long[] versions = moved.stream().map(VirtualSchoolRegistration::version).toArray(Long[]::new);
        var dsl = database.transactionalDsl();
        int updated = dsl.execute("""
                update education_skills.virtual_school_child v
                   set pep_due_by = x.due, version = v.version + 1
                  from unnest({0}, {1}, {2}) as x(id, due, version)
                 where v.registration_id = x.id and v.version = x.version""",
                DSL.val(ids), DSL.val(due), DSL.val(versions));
        if (updated != moved.size()) {
            throw new org.cypf.kernel.problem.Conflict("a child's PEP due date changed while the term dates were being"
                    + " changed: send them again");
        }
        dsl.execute("""
                update education_skills.personal_education_plan p
                   set next_review_by = x.due
                  from unnest({0}, {1}) as x(id, due)
                 where p.registration_id = x.id
                   and p.held_on = (select max(q.held_on) from education_skills.personal_education_plan q
                                     where q.registration_id = x.id)""",
                DSL.val(ids), DSL.val(due));
    }

    private static ChildInCareExclusion exclusion(VirtualSchoolExclusionRecord r) {
        return new ChildInCareExclusion(r.getExclusionId(), r.getRegistrationId(), ChildId.of(r.getChildId()),
                r.getUrn(), r.getCategory(), r.getReason(), r.getStartDate(), r.getSessions());
    }

    private static VirtualSchoolRegistration registration(VirtualSchoolChildRecord r) {
        return new VirtualSchoolRegistration(r.getRegistrationId(), ChildId.of(r.getChildId()),
                r.getUpn() == null ? null : UniquePupilNumber.parse(r.getUpn()), r.getDateOfBirth(),
                r.getEnteredCareOn(), r.getPepDueBy(), r.getLeftCareOn(), r.getVersion());
    }

    @Override
    public List<org.cypf.governance.api.access.TeamCount> countPepsDueByTeam(ListScope scope, LocalDate by,
            org.cypf.governance.api.access.ChildTeams teams, LocalDate today) {
        return org.cypf.platform.db.CountsByTeam.count(database.transactionalDsl(), VIRTUAL_SCHOOL_CHILD,
                VIRTUAL_SCHOOL_CHILD.CHILD_ID, dueWithin(scope, by), VIRTUAL_SCHOOL_CHILD.PEP_DUE_BY, today,
                teams.children(), teams.teams()).stream()
                .map(c -> new org.cypf.governance.api.access.TeamCount(c.team(), c.rows(), c.overdue())).toList();
    }
}
