package org.cypf.web.model;

/** A loaded strategy to choose on the home page. */
public record StrategyChoice(String strategyId, String title, String partnership, String period, int measures) {}
