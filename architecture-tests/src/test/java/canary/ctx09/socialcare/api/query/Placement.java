package canary.ctx09.socialcare.api.query;

/** Part of what the query port returns, reached through CareStatus. */
public record Placement(String type) {}
