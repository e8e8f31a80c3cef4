package org.cypf.educationskills.results.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.EYFS_PROFILE;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.KS2_RESULT;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.KS4_RESULT;

import java.math.BigDecimal;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.results.port.ResultFigures;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Counts and sums over the results held for one school year, in SQL. */
public final class JooqResultFigures implements ResultFigures {
    private final ContextDatabase database;

    public JooqResultFigures(ContextDatabase database) {
        this.database = database;
    }

    private static Condition of(Field<Boolean> flag, Boolean disadvantaged) {
        return disadvantaged == null ? DSL.trueCondition() : flag.eq(disadvantaged);
    }

    @Override
    public Counted eyfs(AcademicYear year, Boolean disadvantaged) {
        var r = database.transactionalDsl().select(DSL.count(),
                        DSL.count().filterWhere(EYFS_PROFILE.GOOD_LEVEL_OF_DEVELOPMENT.isTrue()))
                .from(EYFS_PROFILE)
                .where(EYFS_PROFILE.ACADEMIC_YEAR.eq(year.startYear()).and(of(EYFS_PROFILE.FSM, disadvantaged)))
                .fetchOne();
        return new Counted(r.value1(), r.value2(), 0);
    }

    @Override
    public Counted ks2(AcademicYear year, Boolean disadvantaged) {
        var r = database.transactionalDsl().select(DSL.count(),
                        DSL.count().filterWhere(KS2_RESULT.EXPECTED_RWM.isTrue()),
                        DSL.count().filterWhere(KS2_RESULT.HIGHER_RWM.isTrue()))
                .from(KS2_RESULT)
                .where(KS2_RESULT.ACADEMIC_YEAR.eq(year.startYear()).and(of(KS2_RESULT.FSM6, disadvantaged)))
                .fetchOne();
        return new Counted(r.value1(), r.value2(), r.value3());
    }

    @Override
    public Ks4Figures ks4(AcademicYear year, Boolean disadvantaged) {
        var r = database.transactionalDsl().select(DSL.count(),
                        DSL.coalesce(DSL.sum(KS4_RESULT.ATTAINMENT_8), BigDecimal.ZERO),
                        DSL.count(KS4_RESULT.PROGRESS_8),
                        DSL.coalesce(DSL.sum(KS4_RESULT.PROGRESS_8), BigDecimal.ZERO),
                        DSL.count().filterWhere(KS4_RESULT.ENGLISH_MATHS_4.isTrue()),
                        DSL.count().filterWhere(KS4_RESULT.ENGLISH_MATHS_5.isTrue()))
                .from(KS4_RESULT)
                .where(KS4_RESULT.ACADEMIC_YEAR.eq(year.startYear()).and(of(KS4_RESULT.FSM6, disadvantaged)))
                .fetchOne();
        return new Ks4Figures(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6());
    }
}
