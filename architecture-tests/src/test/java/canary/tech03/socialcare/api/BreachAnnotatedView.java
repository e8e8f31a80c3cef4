package canary.tech03.socialcare.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breach: a published api record carries JSON annotations. */
public record BreachAnnotatedView(@JsonProperty("case_id") String caseId) {}
