package canary.demo01.socialcare.api;

/** What the context publishes: the generator may use this. */
public record CaseView(String status) {}
