package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Advice asked for and not yet given: whose, for which request and child, when it was asked, its 6-week due date,
 * and whether it is overdue on the day of the reading ({@code daysOverdue} 0 when not).
 */
public record EhcAdviceDueView(UUID requestId, String childId, String adviser, LocalDate requestedOn,
                               LocalDate dueBy, boolean overdue, long daysOverdue, long version) {}
