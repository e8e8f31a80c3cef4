package org.cypf.educationskills.participation.port;

import java.time.YearMonth;

/** Counts of one month's activities, for measures: no young person's record. */
public interface ParticipationFigures {

    Figures of(YearMonth month);

    /** Young people with an activity in the month, and those in each group; apprentices among the EET. */
    record Figures(long youngPeople, long eet, long neet, long notKnown, long apprenticeships) {}
}
