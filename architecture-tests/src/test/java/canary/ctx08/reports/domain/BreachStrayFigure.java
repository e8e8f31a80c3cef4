package canary.ctx08.reports.domain;

/** Breach: a top-level package that is no shared part and has no assembly class, so it is no context either. */
public record BreachStrayFigure(String name, long value) {}
