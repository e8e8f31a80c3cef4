package org.cypf.socialcare.permanence.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.PERMANENCE;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.PERMANENCE_PLAN;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.permanence.domain.PermanenceOption;
import org.cypf.socialcare.permanence.port.PermanenceRecords;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.PermanencePlanRecord;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.PermanenceRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Permanence in {@code social_care.permanence} and its plans in {@code social_care.permanence_plan}. */
public final class JooqPermanenceRecords implements PermanenceRecords {
    private final ContextDatabase database;

    public JooqPermanenceRecords(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Permanence> find(UUID periodId) {
        return findAll(List.of(periodId)).values().stream().findFirst();
    }

    @Override
    public Map<UUID, Permanence> findAll(Collection<UUID> periodIds) {
        if (periodIds.isEmpty()) {
            return Map.of();
        }
        DSLContext dsl = database.transactionalDsl();
        // One array parameter, not one per id: an export's periods outnumber PostgreSQL's 65,535 bind values.
        UUID[] ids = periodIds.toArray(UUID[]::new);
        Map<UUID, List<Permanence.PlanDecision>> plans = dsl.selectFrom(PERMANENCE_PLAN)
                .where(PERMANENCE_PLAN.PERIOD_ID.eq(DSL.any(ids))).orderBy(PERMANENCE_PLAN.DECIDED_ON).fetch().stream()
                .collect(Collectors.groupingBy(PermanencePlanRecord::getPeriodId, Collectors.mapping(
                        p -> new Permanence.PlanDecision(p.getDecidedOn(), PermanenceOption.valueOf(p.getPlan())),
                        Collectors.toList())));
        return dsl.selectFrom(PERMANENCE).where(PERMANENCE.PERIOD_ID.eq(DSL.any(ids))).fetch().stream()
                .map(r -> permanence(r, plans.getOrDefault(r.getPeriodId(), List.of())))
                .collect(Collectors.toMap(Permanence::periodId, Function.identity()));
    }

    @Override
    public void update(Permanence after, long expectedVersion) {
        write(after, expectedVersion, after.version());
    }

    /** Writes {@code p} at {@code version} over the row at {@code expected}, or as a new row when 0 was expected. */
    private void write(Permanence p, long expected, long version) {
        DSLContext dsl = database.transactionalDsl();
        Map<Field<?>, Object> values = values(p);
        values.put(PERMANENCE.VERSION, version);
        int updated = dsl.update(PERMANENCE).set(values)
                .where(PERMANENCE.PERIOD_ID.eq(p.periodId()).and(PERMANENCE.VERSION.eq(expected)))
                .execute();
        if (updated != 1) {
            values.put(PERMANENCE.PERIOD_ID, p.periodId());
            values.put(PERMANENCE.CHILD_ID, p.childId().value());
            int inserted = expected != 0 ? 0 : dsl.insertInto(PERMANENCE).set(values).onConflictDoNothing().execute();
            if (inserted != 1) {
                throw new StaleVersion("the permanence record", expected);
            }
        }
        dsl.deleteFrom(PERMANENCE_PLAN).where(PERMANENCE_PLAN.PERIOD_ID.eq(p.periodId())).execute();
        for (Permanence.PlanDecision plan : p.plans()) {
            dsl.insertInto(PERMANENCE_PLAN)
                    .set(PERMANENCE_PLAN.PERIOD_ID, p.periodId())
                    .set(PERMANENCE_PLAN.DECIDED_ON, plan.decidedOn())
                    .set(PERMANENCE_PLAN.PLAN, plan.plan().name())
                    .execute();
        }
    }

    /** The columns a change of the record writes: the previous permanence order and the adoption steps. */
    private static Map<Field<?>, Object> values(Permanence p) {
        Permanence.PreviousPermanence prev = p.previous();
        Permanence.Adoption a = p.adoption();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(PERMANENCE.PREVIOUS_PERMANENCE, prev == null ? null : prev.code());
        values.put(PERMANENCE.PREVIOUS_PERMANENCE_AUTHORITY, prev == null ? null : prev.authority());
        values.put(PERMANENCE.PREVIOUS_PERMANENCE_DATE, prev == null ? null : prev.date());
        values.put(PERMANENCE.ADOPTION_DECISION_DATE, a.decisionDate());
        values.put(PERMANENCE.ADOPTION_MATCHED_DATE, a.matchedDate());
        values.put(PERMANENCE.ADOPTED_BY_FOSTER_CARER, a.adoptedByFosterCarer());
        values.put(PERMANENCE.NUMBER_OF_ADOPTERS, a.numberOfAdopters());
        values.put(PERMANENCE.SEX_OF_ADOPTERS, a.sexOfAdopters());
        values.put(PERMANENCE.LEGAL_STATUS_OF_ADOPTERS, a.legalStatusOfAdopters());
        values.put(PERMANENCE.ADOPTION_DECISION_CEASED_DATE, a.decisionCeasedDate());
        values.put(PERMANENCE.ADOPTION_DECISION_CEASED_REASON, a.decisionCeasedReason());
        return values;
    }

    private static Permanence permanence(PermanenceRecord r, List<Permanence.PlanDecision> plans) {
        var previous = r.getPreviousPermanence() == null ? null : new Permanence.PreviousPermanence(
                r.getPreviousPermanence(), r.getPreviousPermanenceAuthority(), r.getPreviousPermanenceDate());
        var adoption = new Permanence.Adoption(r.getAdoptionDecisionDate(), r.getAdoptionMatchedDate(),
                r.getAdoptedByFosterCarer(), r.getNumberOfAdopters(), r.getSexOfAdopters(),
                r.getLegalStatusOfAdopters(), r.getAdoptionDecisionCeasedDate(), r.getAdoptionDecisionCeasedReason());
        return Permanence.rebuild(r.getPeriodId(), ChildId.of(r.getChildId()), plans, previous, adoption, r.getVersion());
    }
}
