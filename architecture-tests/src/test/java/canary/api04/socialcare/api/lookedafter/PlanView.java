package canary.api04.socialcare.api.lookedafter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Allowed: the copy is made by a helper of the same api type (which keeps nulls for validation to name). */
public record PlanView(List<String> goals, List<String> actions) {
    public PlanView {
        goals = copy(goals);
        actions = copy(actions);
    }

    private static <T> List<T> copy(List<T> items) {
        return items == null ? null : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
