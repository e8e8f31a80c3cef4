package canary.web01.socialcare.api;

/** What the context publishes: a page may read this. */
public record CaseView(String status) {}
