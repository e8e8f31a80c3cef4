package org.cypf.governance.api.strategy;

import java.time.LocalDate;

/** A strategy in a list: enough to choose it, and the version a change must quote. */
public record StrategySummary(String strategyId, String title, String partnership, String area, LocalDate start,
                              LocalDate end, int measures, long version) {}
