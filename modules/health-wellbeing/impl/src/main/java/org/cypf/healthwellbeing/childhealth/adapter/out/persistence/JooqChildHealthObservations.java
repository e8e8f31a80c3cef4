package org.cypf.healthwellbeing.childhealth.adapter.out.persistence;

import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.CHILD_HEALTH_OBSERVATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cypf.healthwellbeing.childhealth.domain.ChildHealthObservation;
import org.cypf.healthwellbeing.childhealth.domain.ObservationKind;
import org.cypf.healthwellbeing.childhealth.port.ChildHealthObservations;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** {@code health_wellbeing.child_health_observation}: rows only added, counted in SQL for the measures. */
public final class JooqChildHealthObservations implements ChildHealthObservations {
    private static final org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.tables.ChildHealthObservation O =
            CHILD_HEALTH_OBSERVATION;

    private final ContextDatabase database;

    public JooqChildHealthObservations(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public int addAll(List<ChildHealthObservation> observations) {
        var dsl = database.transactionalDsl();
        int added = 0;
        for (ChildHealthObservation o : observations) {
            added += dsl.insertInto(O).set(O.NHS_NUMBER, o.nhsNumber().value()).set(O.CHILD_ID, o.childId().value())
                    .set(O.DATE_OF_BIRTH, o.dateOfBirth()).set(O.KIND, o.kind().name())
                    .set(O.OBSERVED_ON, o.observedOn()).set(O.CODE, o.code()).set(O.AMOUNT, o.amount())
                    .onConflictDoNothing().execute();
        }
        return added;
    }

    private static Condition of(ObservationKind kind, String code, LocalDate from, LocalDate to) {
        Condition c = O.KIND.eq(kind.name()).and(O.OBSERVED_ON.between(from, to));
        return code == null ? c : c.and(O.CODE.eq(code));
    }

    @Override
    public long count(ObservationKind kind, String code, LocalDate from, LocalDate to) {
        return database.transactionalDsl().fetchCount(O, of(kind, code, from, to));
    }

    @Override
    public long countAmount(ObservationKind kind, String code, LocalDate from, LocalDate to, BigDecimal min,
                            BigDecimal max) {
        Condition c = of(kind, code, from, to);
        if (min != null) {
            c = c.and(O.AMOUNT.ge(min));
        }
        if (max != null) {
            c = c.and(O.AMOUNT.lt(max));
        }
        return database.transactionalDsl().fetchCount(O, c);
    }

    @Override
    public long countCodes(ObservationKind kind, List<String> codes, LocalDate from, LocalDate to) {
        return database.transactionalDsl().fetchCount(O, of(kind, null, from, to).and(O.CODE.eq(DSL.any(codes.toArray(String[]::new)))));
    }

    @Override
    public ByFive mmr2ByFive(LocalDate from, LocalDate to) {
        var fifth = DSL.field("cast({0} + interval '5 years' as date)", LocalDate.class, O.DATE_OF_BIRTH);
        var turningFive = DSL.select(O.NHS_NUMBER).from(O).groupBy(O.NHS_NUMBER)
                .having(DSL.max(fifth).between(from, to));
        var dsl = database.transactionalDsl();
        long all = dsl.fetchCount(turningFive);
        long immunised = dsl.fetchCount(dsl.selectDistinct(O.NHS_NUMBER).from(O)
                .where(O.KIND.eq(ObservationKind.IMMUNISATION.name()).and(O.CODE.eq("MMR2"))
                        .and(O.OBSERVED_ON.le(fifth)).and(O.NHS_NUMBER.in(turningFive))));
        return new ByFive(all, immunised);
    }
}
