package org.cypf.governance.api.strategy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The programme on a date, for a board. */
public record ProgrammeView(String strategyId, LocalDate asAt, Map<String, List<ProjectLine>> projectsByStatus,
                            List<OverdueMilestone> overdueMilestones, List<RiskLine> risks) {

    public ProgrammeView {
        // A LinkedHashMap, not Map.copyOf: the statuses stay in the order given (sorted, for the board).
        var byStatus = new LinkedHashMap<String, List<ProjectLine>>();
        projectsByStatus.forEach((status, projects) -> byStatus.put(status, List.copyOf(projects)));
        projectsByStatus = Collections.unmodifiableMap(byStatus);
        overdueMilestones = List.copyOf(overdueMilestones);
        risks = List.copyOf(risks);
    }

    public record ProjectLine(String projectId, String kind, String title, String seniorResponsibleOwner, String status) {}

    public record OverdueMilestone(String projectId, String projectTitle, String milestone, LocalDate due,
                                   String status, long daysOverdue) {}

    /** score = likelihood x impact; RED from 15, AMBER from 8, GREEN below (docs/strategies/README.md). */
    public record RiskLine(String riskId, String title, int likelihood, int impact, int score, String rating,
                           String owner, LocalDate reviewDate, boolean reviewOverdue) {}
}
