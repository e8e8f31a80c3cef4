package org.cypf.socialcare.shared.application;

import java.util.List;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.port.Children;

/** Finding the child a command names, the same way in every use case. */
public final class ChildRecords {
    private ChildRecords() {}

    /** The partnership-wide child id a command gives as text; {@link InvalidInput} naming {@code childId} otherwise. */
    public static ChildId childId(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("childId", "is required");
        }
        try {
            return ChildId.parse(text);
        } catch (RuntimeException e) {
            throw InvalidInput.of("childId", "must be a child id as social care gives it (a UUID)");
        }
    }

    /** The child known to social care; {@link NotFound} when there is none (said before any access is decided). */
    public static Child find(Children children, ChildId id) {
        Child child = children.findAll(List.of(id)).get(id);
        if (child == null) {
            throw new NotFound("no child known to social care with this id");
        }
        return child;
    }
}
