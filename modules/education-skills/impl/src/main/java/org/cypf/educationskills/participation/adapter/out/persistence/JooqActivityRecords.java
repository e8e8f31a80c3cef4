package org.cypf.educationskills.participation.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.POST16_ACTIVITY;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.cypf.educationskills.participation.domain.ActivityCode;
import org.cypf.educationskills.participation.domain.ActivityGroup;
import org.cypf.educationskills.participation.domain.MonthlyActivity;
import org.cypf.educationskills.participation.port.ActivityRecords;
import org.cypf.educationskills.participation.port.ParticipationFigures;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.impl.DSL;

/** {@code education_skills.post16_activity}, and its counts for measures. */
public final class JooqActivityRecords implements ActivityRecords, ParticipationFigures {
    private final ContextDatabase database;

    public JooqActivityRecords(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public List<MonthlyActivity> of(Collection<UniquePupilNumber> upns) {
        return database.transactionalDsl().selectFrom(POST16_ACTIVITY)
                .where(POST16_ACTIVITY.UPN.eq(DSL.any(upns.stream().map(UniquePupilNumber::value).toArray(String[]::new))))
                .fetch(r -> new MonthlyActivity(UniquePupilNumber.parse(r.getUpn()), YearMonth.from(r.getMonth()),
                        new ActivityCode(r.getActivityCode())));
    }

    @Override
    public void put(Collection<MonthlyActivity> activities) {
        var dsl = database.transactionalDsl();
        for (MonthlyActivity a : activities) {
            dsl.insertInto(POST16_ACTIVITY)
                    .set(POST16_ACTIVITY.UPN, a.upn().value())
                    .set(POST16_ACTIVITY.MONTH, a.month().atDay(1))
                    .set(POST16_ACTIVITY.ACTIVITY_CODE, a.code().value())
                    .set(POST16_ACTIVITY.ACTIVITY_GROUP, a.code().group().name())
                    .onConflict(POST16_ACTIVITY.UPN, POST16_ACTIVITY.MONTH).doUpdate()
                    .set(POST16_ACTIVITY.ACTIVITY_CODE, a.code().value())
                    .set(POST16_ACTIVITY.ACTIVITY_GROUP, a.code().group().name())
                    .execute();
        }
    }

    @Override
    public Figures of(YearMonth month) {
        // The cohort the rates count: every young person with an activity for the month but those in custody (NCCIS
        // 710, ActivityGroup.OTHER), whom the DfE leaves out of the participation, NEET and not known rates (ADR 0047).
        var r = database.transactionalDsl().select(
                        DSL.count().filterWhere(POST16_ACTIVITY.ACTIVITY_GROUP.ne(ActivityGroup.OTHER.name())),
                        DSL.count().filterWhere(POST16_ACTIVITY.ACTIVITY_GROUP.eq(ActivityGroup.EET.name())),
                        DSL.count().filterWhere(POST16_ACTIVITY.ACTIVITY_GROUP.eq(ActivityGroup.NEET.name())),
                        DSL.count().filterWhere(POST16_ACTIVITY.ACTIVITY_GROUP.eq(ActivityGroup.NOT_KNOWN.name())),
                        DSL.count().filterWhere(POST16_ACTIVITY.ACTIVITY_CODE.eq(ActivityCode.APPRENTICESHIP)))
                .from(POST16_ACTIVITY)
                .where(POST16_ACTIVITY.MONTH.eq(month.atDay(1)))
                .fetchOne();
        return new Figures(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }
}
