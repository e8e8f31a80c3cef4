package org.cypf.healthwellbeing.childrenincare.adapter.out.persistence;

import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.CARE_HEALTH_CHECK;
import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.CARE_HEALTH_RECORD;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cypf.healthwellbeing.childrenincare.domain.CareHealthRecord;
import org.cypf.healthwellbeing.childrenincare.domain.CheckKind;
import org.cypf.healthwellbeing.childrenincare.port.CareHealthRecords;
import org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.tables.records.CareHealthCheckRecord;
import org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.tables.records.CareHealthRecordRecord;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.UniqueViolations;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** {@code health_wellbeing.care_health_record} and its checks ({@code care_health_check}, in the order recorded). */
public final class JooqCareHealthRecords implements CareHealthRecords {
    private final ContextDatabase database;

    public JooqCareHealthRecords(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<CareHealthRecord> find(UUID recordId) {
        return where(CARE_HEALTH_RECORD.RECORD_ID.eq(recordId)).stream().findFirst();
    }

    @Override
    public Optional<CareHealthRecord> forPeriod(UUID periodId) {
        return where(CARE_HEALTH_RECORD.PERIOD_ID.eq(periodId)).stream().findFirst();
    }

    @Override
    public List<CareHealthRecord> ofChild(ChildId child) {
        return where(CARE_HEALTH_RECORD.CHILD_ID.eq(child.value()));
    }

    @Override
    public List<CareHealthRecord> ofChildren(java.util.Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        // One array parameter, not an IN list: no 65,535 bind values limit, one statement text whatever the count.
        UUID[] ids = children.stream().map(ChildId::value).distinct().toArray(UUID[]::new);
        return where(CARE_HEALTH_RECORD.CHILD_ID.eq(DSL.any(ids)));
    }

    @Override
    public Page<CareHealthRecord> byNextAssessmentDue(ListScope scope, Slice slice) {
        Condition seen = scope.wholePartnership() ? DSL.trueCondition()
                // The children in scope as one array bind value, however many (an IN list stops at 65,535; ADR 0112).
                : CARE_HEALTH_RECORD.CHILD_ID.eq(DSL.any(scope.childIds()));
        var dsl = database.transactionalDsl();
        // ordered and paged in the query; the page's checks are read after, and the page keeps the query's order
        List<CareHealthRecordRecord> rows = dsl.selectFrom(CARE_HEALTH_RECORD).where(seen)
                .orderBy(CARE_HEALTH_RECORD.NEXT_ASSESSMENT_DUE, CARE_HEALTH_RECORD.RECORD_ID)
                .limit(slice.size()).offset(slice.offset()).fetch();
        return new Page<>(rebuild(rows), dsl.fetchCount(CARE_HEALTH_RECORD, seen));
    }

    @Override
    public Page<InitialAssessmentDue> initialAssessmentsDue(ListScope scope, Slice slice) {
        var r = CARE_HEALTH_RECORD;
        Condition due = initialAssessmentAwaited(scope);
        var dsl = database.transactionalDsl();
        List<InitialAssessmentDue> items = dsl.select(r.RECORD_ID, r.CHILD_ID, r.ENTERED_CARE_ON, r.IHA_DUE_BY,
                        r.VERSION).from(r)
                .where(due).orderBy(r.IHA_DUE_BY, r.RECORD_ID)
                .limit(slice.size()).offset(slice.offset())
                .fetch(x -> new InitialAssessmentDue(x.value1(), ChildId.of(x.value2()), x.value3(), x.value4(),
                        x.value5()));
        return new Page<>(items, dsl.fetchCount(r, due));
    }

    @Override
    public List<CareHealthRecord> ihaDueBetween(LocalDate from, LocalDate to) {
        return where(CARE_HEALTH_RECORD.IHA_DUE_BY.between(from, to));
    }

    @Override
    public void add(CareHealthRecord r) {
        // the record's id is its key and a period of care has one record: a second is a conflict, not a fault
        UniqueViolations.refusedAsConflict(() -> insert(r),
                "a health record is held for this period of care, or under this id, already");
        addChecks(r, 0);
    }

    private void insert(CareHealthRecord r) {
        database.transactionalDsl().insertInto(CARE_HEALTH_RECORD)
                .set(CARE_HEALTH_RECORD.RECORD_ID, r.id())
                .set(CARE_HEALTH_RECORD.CHILD_ID, r.childId().value())
                .set(CARE_HEALTH_RECORD.PERIOD_ID, r.periodId())
                .set(CARE_HEALTH_RECORD.DATE_OF_BIRTH, r.dateOfBirth())
                .set(CARE_HEALTH_RECORD.ENTERED_CARE_ON, r.enteredCareOn())
                .set(CARE_HEALTH_RECORD.IHA_DUE_BY, r.ihaDueBy())
                .set(CARE_HEALTH_RECORD.NEXT_ASSESSMENT_DUE, r.nextAssessmentDue())
                .set(CARE_HEALTH_RECORD.INITIAL_ASSESSMENT_ON, r.initialAssessmentOn().orElse(null))
                .set(CARE_HEALTH_RECORD.VERSION, r.version())
                .execute();
    }

    @Override
    public void update(CareHealthRecord r, long expectedVersion) {
        var dsl = database.transactionalDsl();
        int updated = dsl.update(CARE_HEALTH_RECORD)
                .set(CARE_HEALTH_RECORD.VERSION, r.version())
                .set(CARE_HEALTH_RECORD.NEXT_ASSESSMENT_DUE, r.nextAssessmentDue())
                .set(CARE_HEALTH_RECORD.INITIAL_ASSESSMENT_ON, r.initialAssessmentOn().orElse(null))
                .where(CARE_HEALTH_RECORD.RECORD_ID.eq(r.id()).and(CARE_HEALTH_RECORD.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the child in care's health record", expectedVersion);
        }
        // Checks are only ever added: store those after the ones already kept.
        int kept = dsl.fetchCount(CARE_HEALTH_CHECK, CARE_HEALTH_CHECK.RECORD_ID.eq(r.id()));
        addChecks(r, kept);
    }

    private void addChecks(CareHealthRecord r, int from) {
        var dsl = database.transactionalDsl();
        for (int i = from; i < r.checks().size(); i++) {
            var c = r.checks().get(i);
            dsl.insertInto(CARE_HEALTH_CHECK)
                    .set(CARE_HEALTH_CHECK.RECORD_ID, r.id())
                    .set(CARE_HEALTH_CHECK.SEQ, i)
                    .set(CARE_HEALTH_CHECK.KIND, c.kind().name())
                    .set(CARE_HEALTH_CHECK.CHECKED_ON, c.checkedOn())
                    .set(CARE_HEALTH_CHECK.SDQ_SCORE, c.sdqScore())
                    .set(CARE_HEALTH_CHECK.UP_TO_DATE, c.upToDate())
                    .set(CARE_HEALTH_CHECK.SDQ_REASON, c.sdqReason())
                    .set(CARE_HEALTH_CHECK.INTERVENTION_RECEIVED, c.interventionReceived())
                    .set(CARE_HEALTH_CHECK.INTERVENTION_OFFERED, c.interventionOffered())
                    .execute();
        }
    }

    private List<CareHealthRecord> where(Condition condition) {
        return rebuild(database.transactionalDsl().selectFrom(CARE_HEALTH_RECORD).where(condition)
                .orderBy(CARE_HEALTH_RECORD.ENTERED_CARE_ON, CARE_HEALTH_RECORD.RECORD_ID).fetch());
    }

    /** The records of {@code rows} with their checks, in the order of {@code rows}. */
    private List<CareHealthRecord> rebuild(List<CareHealthRecordRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var dsl = database.transactionalDsl();
        Map<UUID, List<CareHealthCheckRecord>> checks = dsl.selectFrom(CARE_HEALTH_CHECK)
                .where(CARE_HEALTH_CHECK.RECORD_ID.eq(DSL.any(rows.stream().map(CareHealthRecordRecord::getRecordId)
                        .toArray(UUID[]::new))))
                .orderBy(CARE_HEALTH_CHECK.RECORD_ID, CARE_HEALTH_CHECK.SEQ)
                .fetchGroups(CARE_HEALTH_CHECK.RECORD_ID, c -> c);
        return rows.stream().map(r -> CareHealthRecord.rebuild(r.getRecordId(), ChildId.of(r.getChildId()),
                r.getPeriodId(), r.getDateOfBirth(), r.getEnteredCareOn(), r.getIhaDueBy(),
                checks.getOrDefault(r.getRecordId(), List.of()).stream().map(c -> new CareHealthRecord.HealthCheck(CheckKind.valueOf(c.getKind()),
                                c.getCheckedOn(), c.getSdqScore(), c.getUpToDate(), c.getSdqReason(),
                                c.getInterventionReceived(), c.getInterventionOffered())).toList(),
                r.getVersion())).toList();
    }

    @Override
    public List<org.cypf.governance.api.access.TeamCount> initialAssessmentsDueByTeam(ListScope scope,
            org.cypf.governance.api.access.ChildTeams teams, LocalDate today) {
        var r = CARE_HEALTH_RECORD;
        return org.cypf.platform.db.CountsByTeam.count(database.transactionalDsl(), r, r.CHILD_ID,
                initialAssessmentAwaited(scope), r.IHA_DUE_BY, today, teams.children(), teams.teams()).stream()
                .map(c -> new org.cypf.governance.api.access.TeamCount(c.team(), c.rows(), c.overdue())).toList();
    }

    private static Condition initialAssessmentAwaited(ListScope scope) {
        var r = CARE_HEALTH_RECORD;
        Condition due = r.INITIAL_ASSESSMENT_ON.isNull();
        // The children in scope as one array bind value, however many (an IN list stops at 65,535; ADR 0112).
        return scope.wholePartnership() ? due : due.and(r.CHILD_ID.eq(DSL.any(scope.childIds())));
    }
}
