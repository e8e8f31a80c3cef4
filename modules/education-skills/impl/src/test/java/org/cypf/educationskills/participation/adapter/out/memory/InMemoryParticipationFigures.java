package org.cypf.educationskills.participation.adapter.out.memory;

import java.time.YearMonth;
import java.util.List;
import org.cypf.educationskills.participation.domain.ActivityGroup;
import org.cypf.educationskills.participation.domain.MonthlyActivity;
import org.cypf.educationskills.participation.port.ParticipationFigures;

/**
 * The participation figures counted over the activities an {@link InMemoryActivityRecords} holds, for fast tests
 * (ADR 0097); test code only. It passes {@code ParticipationFiguresContract} as the jOOQ figures do, grouping by the
 * activity code's own rules, and leaving those in custody out of the cohort (ADR 0047).
 */
public final class InMemoryParticipationFigures implements ParticipationFigures {
    private final InMemoryActivityRecords records;

    public InMemoryParticipationFigures(InMemoryActivityRecords records) {
        this.records = records;
    }

    @Override
    public Figures of(YearMonth month) {
        var held = records.inMonth(month);
        return new Figures(held.stream().filter(a -> a.code().group() != ActivityGroup.OTHER).count(),
                count(held, ActivityGroup.EET), count(held, ActivityGroup.NEET), count(held, ActivityGroup.NOT_KNOWN),
                held.stream().filter(a -> a.code().isApprenticeship()).count());
    }

    private static long count(List<MonthlyActivity> held, ActivityGroup group) {
        return held.stream().filter(a -> a.code().group() == group).count();
    }
}
