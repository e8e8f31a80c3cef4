package canary.ctx08.kernel.identity;

/** Allowed: a shared part. */
public record ChildId(String value) {}
