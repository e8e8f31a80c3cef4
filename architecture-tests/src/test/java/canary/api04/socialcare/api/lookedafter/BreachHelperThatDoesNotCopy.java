package canary.api04.socialcare.api.lookedafter;

import java.util.List;

/** Breach: the helper it calls hands back the caller's list itself. */
public record BreachHelperThatDoesNotCopy(List<String> goals) {
    public BreachHelperThatDoesNotCopy {
        goals = orEmpty(goals);
    }

    private static List<String> orEmpty(List<String> items) {
        return items == null ? List.of() : items;
    }
}
