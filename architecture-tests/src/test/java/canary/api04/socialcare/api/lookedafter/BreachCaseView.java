package canary.api04.socialcare.api.lookedafter;

import java.util.List;
import java.util.Map;

/** Breach: holds the caller's list and map as given, so the caller can still change them. */
public record BreachCaseView(String id, List<String> notes, Map<String, String> codes) {}
