package canary.api02.socialcare.api;

import java.util.List;

public record CaseView(String id, List<String> workers) {}
