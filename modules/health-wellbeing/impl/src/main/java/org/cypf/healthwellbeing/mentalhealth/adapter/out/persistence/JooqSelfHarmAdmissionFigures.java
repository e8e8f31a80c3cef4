package org.cypf.healthwellbeing.mentalhealth.adapter.out.persistence;

import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.SELF_HARM_ADMISSIONS;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cypf.healthwellbeing.mentalhealth.domain.AgeBand;
import org.cypf.healthwellbeing.mentalhealth.domain.SelfHarmAdmissions;
import org.cypf.healthwellbeing.mentalhealth.port.SelfHarmAdmissionFigures;
import org.cypf.platform.db.ContextDatabase;

/** {@code health_wellbeing.self_harm_admissions}: one row per financial year and age band. */
public final class JooqSelfHarmAdmissionFigures implements SelfHarmAdmissionFigures {
    private final ContextDatabase database;

    public JooqSelfHarmAdmissionFigures(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Stored store(List<SelfHarmAdmissions> figures) {
        var dsl = database.transactionalDsl();
        var t = SELF_HARM_ADMISSIONS;
        int added = 0;
        int replaced = 0;
        var now = org.jooq.impl.DSL.field("now()", t.LOADED_AT.getDataType());
        for (SelfHarmAdmissions f : figures) {
            boolean held = dsl.fetchExists(t, t.YEAR_STARTING.eq(f.yearStarting()).and(t.AGE_BAND.eq(f.band().label())));
            dsl.insertInto(t)
                    .set(t.YEAR_STARTING, f.yearStarting())
                    .set(t.AGE_BAND, f.band().label())
                    .set(t.AREA_CODE, f.areaCode())
                    .set(t.ADMISSIONS, f.admissions())
                    .set(t.POPULATION, f.population())
                    .onConflict(t.YEAR_STARTING, t.AGE_BAND).doUpdate()
                    .set(t.AREA_CODE, f.areaCode())
                    .set(t.ADMISSIONS, f.admissions())
                    .set(t.POPULATION, f.population())
                    .set(t.LOADED_AT, now)
                    .execute();
            if (held) {
                replaced++;
            } else {
                added++;
            }
        }
        return new Stored(added, replaced);
    }

    @Override
    public Optional<String> areaHeld() {
        var t = SELF_HARM_ADMISSIONS;
        return database.transactionalDsl().selectDistinct(t.AREA_CODE).from(t).orderBy(t.AREA_CODE).limit(1)
                .fetchOptional(t.AREA_CODE);
    }

    @Override
    public List<SelfHarmAdmissions> ofYear(LocalDate yearStarting) {
        var t = SELF_HARM_ADMISSIONS;
        return database.transactionalDsl().selectFrom(t).where(t.YEAR_STARTING.eq(yearStarting)).orderBy(t.AGE_BAND)
                .fetch(r -> new SelfHarmAdmissions(r.getAreaCode(), r.getYearStarting(),
                        AgeBand.byLabel(r.getAgeBand()).orElseThrow(), r.getAdmissions(), r.getPopulation()));
    }
}
