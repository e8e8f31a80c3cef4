package org.cypf.familysupport.api.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The family plan agreed with the family, once: at least one goal for every need the assessment found. */
public record AgreeFamilyPlan(UUID episodeId, long version, LocalDate agreedOn, List<PlanGoal> goals) {
    public AgreeFamilyPlan {
        goals = goals == null ? null : List.copyOf(goals);
    }
}
