package org.cypf.educationskills.exclusions.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.EXCLUSION;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.TERM_ATTENDANCE;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.VIRTUAL_SCHOOL_EXCLUSION;

import java.time.LocalDate;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;
import org.cypf.educationskills.exclusions.port.ExclusionFigures;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.impl.DSL;

/** Exclusions' aggregates, counted in SQL. */
public final class JooqExclusionFigures implements ExclusionFigures {
    private final ContextDatabase database;

    public JooqExclusionFigures(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public long count(ExclusionCategory category, LocalDate from, LocalDate to) {
        return database.transactionalDsl().fetchCount(EXCLUSION, EXCLUSION.CATEGORY.eq(category.name())
                .and(EXCLUSION.START_DATE.between(from, to)));
    }

    @Override
    public long countOfChildrenInCare(ExclusionCategory category, LocalDate from, LocalDate to) {
        return database.transactionalDsl().fetchCount(VIRTUAL_SCHOOL_EXCLUSION,
                VIRTUAL_SCHOOL_EXCLUSION.CATEGORY.eq(category.name())
                        .and(VIRTUAL_SCHOOL_EXCLUSION.START_DATE.between(from, to)));
    }

    @Override
    public long pupilsOnRoll(int startYear) {
        return database.transactionalDsl().fetchOne(DSL.select(DSL.countDistinct(TERM_ATTENDANCE.UPN))
                .from(TERM_ATTENDANCE).where(TERM_ATTENDANCE.ACADEMIC_YEAR.eq(startYear))).value1();
    }
}
