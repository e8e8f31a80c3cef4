package org.cypf.familysupport.programme.adapter.out.persistence;

import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.PROGRAMME_ENROLMENT;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.PROGRAMME_SESSION;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.programme.domain.ProgrammeEnrolment;
import org.cypf.familysupport.programme.port.ProgrammeEnrolments;
import org.cypf.familysupport.shared.adapter.out.persistence.jooq.tables.records.ProgrammeEnrolmentRecord;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.UniqueViolations;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** {@code family_support.programme_enrolment} and its sessions ({@code programme_session}); lists and reach in SQL. */
public final class JooqProgrammeEnrolments implements ProgrammeEnrolments {
    private final ContextDatabase database;

    public JooqProgrammeEnrolments(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<ProgrammeEnrolment> find(UUID enrolmentId) {
        return database.transactionalDsl().selectFrom(PROGRAMME_ENROLMENT)
                .where(PROGRAMME_ENROLMENT.ENROLMENT_ID.eq(enrolmentId)).fetchOptional(this::enrolment);
    }

    @Override
    public void add(ProgrammeEnrolment e) {
        UniqueViolations.refusedAsConflict(() -> database.transactionalDsl().insertInto(PROGRAMME_ENROLMENT)
                .set(PROGRAMME_ENROLMENT.ENROLMENT_ID, e.id())
                .set(PROGRAMME_ENROLMENT.CHILD_ID, e.childId().value())
                .set(PROGRAMME_ENROLMENT.PROGRAMME, e.programme().name())
                .set(PROGRAMME_ENROLMENT.ENROLLED_ON, e.enrolledOn())
                .set(PROGRAMME_ENROLMENT.PARTICIPANT, e.participant())
                .set(PROGRAMME_ENROLMENT.EPISODE_ID, e.episodeId())
                .set(PROGRAMME_ENROLMENT.FREE_SCHOOL_MEALS, e.freeSchoolMeals())
                .set(PROGRAMME_ENROLMENT.VERSION, e.version())
                .execute(), "a programme enrolment is held under this id already");
        addSessions(e);
    }

    @Override
    public void update(ProgrammeEnrolment e, long expectedVersion) {
        int updated = database.transactionalDsl().update(PROGRAMME_ENROLMENT)
                .set(PROGRAMME_ENROLMENT.VERSION, e.version())
                .where(PROGRAMME_ENROLMENT.ENROLMENT_ID.eq(e.id()).and(PROGRAMME_ENROLMENT.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the programme enrolment", expectedVersion);
        }
        addSessions(e);
    }

    /** Sessions are only ever added (the domain refuses a second on one day), so the new ones are inserted. */
    private void addSessions(ProgrammeEnrolment e) {
        var dsl = database.transactionalDsl();
        for (ProgrammeEnrolment.Session s : e.sessions()) {
            dsl.insertInto(PROGRAMME_SESSION)
                    .set(PROGRAMME_SESSION.ENROLMENT_ID, e.id())
                    .set(PROGRAMME_SESSION.SESSION_ON, s.sessionOn())
                    .set(PROGRAMME_SESSION.ATTENDED, s.attended())
                    .onConflictDoNothing()
                    .execute();
        }
    }

    @Override
    public Page<ProgrammeEnrolment> page(ProgrammeEnrolment.Programme programme, ListScope scope, Slice slice) {
        Condition which = programme == null ? DSL.trueCondition() : PROGRAMME_ENROLMENT.PROGRAMME.eq(programme.name());
        if (!scope.wholePartnership()) {
            which = which.and(PROGRAMME_ENROLMENT.CHILD_ID.eq(DSL.any(scope.childIds())));
        }
        var dsl = database.transactionalDsl();
        long total = dsl.fetchCount(PROGRAMME_ENROLMENT, which);
        return new Page<>(dsl.selectFrom(PROGRAMME_ENROLMENT).where(which)
                .orderBy(PROGRAMME_ENROLMENT.ENROLLED_ON.desc(), PROGRAMME_ENROLMENT.ENROLMENT_ID)
                .offset(slice.offset()).limit(slice.size()).fetch().map(this::enrolment), total);
    }

    @Override
    public long childrenAttending(ProgrammeEnrolment.Programme programme, LocalDate from, LocalDate to,
                                  Boolean freeSchoolMeals) {
        // per child: eligible when any of its attended enrolments says so; known when any says either
        var perChild = attending(programme, from, to);
        var dsl = database.transactionalDsl();
        Condition which = freeSchoolMeals == null ? DSL.trueCondition()
                : DSL.field("eligible", Boolean.class).eq(freeSchoolMeals);
        return dsl.fetchCount(dsl.selectFrom(perChild).where(which));
    }

    @Override
    public long childrenAttendingWithEligibilityKnown(ProgrammeEnrolment.Programme programme, LocalDate from,
                                                      LocalDate to) {
        var dsl = database.transactionalDsl();
        return dsl.fetchCount(dsl.selectFrom(attending(programme, from, to))
                .where(DSL.field("eligible", Boolean.class).isNotNull()));
    }

    private org.jooq.Table<?> attending(ProgrammeEnrolment.Programme programme, LocalDate from, LocalDate to) {
        Condition which = PROGRAMME_SESSION.ATTENDED.isTrue().and(PROGRAMME_SESSION.SESSION_ON.between(from, to));
        if (programme != null) {
            which = which.and(PROGRAMME_ENROLMENT.PROGRAMME.eq(programme.name()));
        }
        return database.transactionalDsl()
                .select(PROGRAMME_ENROLMENT.CHILD_ID,
                        DSL.boolOr(PROGRAMME_ENROLMENT.FREE_SCHOOL_MEALS).as("eligible"))
                .from(PROGRAMME_SESSION).join(PROGRAMME_ENROLMENT)
                .on(PROGRAMME_ENROLMENT.ENROLMENT_ID.eq(PROGRAMME_SESSION.ENROLMENT_ID))
                .where(which)
                .groupBy(PROGRAMME_ENROLMENT.CHILD_ID)
                .asTable("attending");
    }

    private ProgrammeEnrolment enrolment(ProgrammeEnrolmentRecord r) {
        var sessions = database.transactionalDsl().selectFrom(PROGRAMME_SESSION)
                .where(PROGRAMME_SESSION.ENROLMENT_ID.eq(r.getEnrolmentId()))
                .orderBy(PROGRAMME_SESSION.SESSION_ON)
                .fetch(s -> new ProgrammeEnrolment.Session(s.getSessionOn(), s.getAttended()));
        return ProgrammeEnrolment.rebuild(r.getEnrolmentId(), ChildId.of(r.getChildId()),
                ProgrammeEnrolment.Programme.valueOf(r.getProgramme()), r.getEnrolledOn(), r.getParticipant(),
                r.getEpisodeId(), r.getFreeSchoolMeals(), sessions, r.getVersion());
    }
}
