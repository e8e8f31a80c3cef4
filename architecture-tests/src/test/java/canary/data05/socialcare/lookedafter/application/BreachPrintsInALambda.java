package canary.data05.socialcare.lookedafter.application;

import canary.data05.socialcare.api.event.ChildLeftCare;
import java.util.List;

/** Breach: a lambda prints each child's identifier to standard output. */
public final class BreachPrintsInALambda {
    public void print(List<ChildLeftCare> events) {
        events.forEach(e -> System.out.println(e.childId()));
    }
}
