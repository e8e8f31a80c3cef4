package org.cypf.socialcare.shared.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.port.Children;

/**
 * Finding the child or record a command names, the same way in every use case, and never telling a caller who may
 * not see such a record whether it exists (ADR 0033): where an id names nothing, the access port decides first, as it
 * would for an existing record, so a refused caller is refused alike (403) and only one who could have seen the
 * record learns that it is not there (404).
 */
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

    /**
     * The child known to social care, for a use case that has already been authorised for it (a view of a record the
     * caller may see); {@link NotFound} when there is none.
     */
    public static Child find(Children children, ChildId id) {
        return known(children, id).orElseThrow(() -> new NotFound("no child known to social care with this id"));
    }

    /** The child known to social care, if any: nothing is decided or said. */
    public static Optional<Child> known(Children children, ChildId id) {
        return Optional.ofNullable(children.findAll(List.of(id)).get(id));
    }

    /**
     * The child known to social care, before the caller is authorised for {@code intent} on the child's record; when
     * no child has the id, the port decides {@code intent} first ({@link #notFound}), so the answer is the same 403
     * for a caller refused either way.
     */
    public static Child find(Children children, ChildId id, ContextRecordAccess access, Caller caller,
                             RecordIntent intent) {
        return known(children, id).orElseThrow(() -> notFound(access, caller, intent,
                "no child known to social care with this id"));
    }

    /**
     * {@link NotFound} with {@code detail}, once the access port has let the caller learn it: the port refuses
     * ({@link org.cypf.kernel.problem.AccessDenied}, audited) a caller who would be refused an existing record.
     */
    public static NotFound notFound(ContextRecordAccess access, Caller caller, RecordIntent intent, String detail) {
        access.authoriseMissing(caller, intent);
        return new NotFound(detail);
    }

    /**
     * The authorisation {@link RecordChanges} asks of a record it loaded ({@code intent} on the record's child), and
     * of an id that names none (the port decides first, then the template answers 404).
     */
    public static <A> RecordChanges.Guard<A> guard(ContextRecordAccess access, Caller caller, RecordIntent intent,
                                                   Function<A, ChildId> childOf) {
        return RecordChanges.Guard.of(record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }
}
