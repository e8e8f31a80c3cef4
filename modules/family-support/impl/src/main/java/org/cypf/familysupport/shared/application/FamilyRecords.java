package org.cypf.familysupport.shared.application;

import java.util.function.Function;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.NotFound;

/**
 * Family support's side of ADR 0033, as social care's {@code ChildRecords} is social care's: a family's record is
 * found, authorised, or said to be missing the same way in every use case, so a caller who may not see such a record
 * is refused alike (403) whether or not the id names one, and only a caller who could have seen it learns 404.
 */
public final class FamilyRecords {
    private FamilyRecords() {}

    /**
     * The authorisation {@link RecordChanges} asks of a record it loaded ({@code intent} on the record's child), and
     * of an id that names none (the port decides first, then the template answers 404).
     */
    public static <A> RecordChanges.Guard<A> guard(ContextRecordAccess access, Caller caller, RecordIntent intent,
                                                   Function<A, ChildId> childOf) {
        return RecordChanges.Guard.of(record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }

    /**
     * {@link NotFound} with {@code detail}, once the access port has let the caller learn it: the port refuses
     * ({@link org.cypf.kernel.problem.AccessDenied}, audited) a caller who would be refused an existing record.
     */
    public static NotFound notFound(ContextRecordAccess access, Caller caller, RecordIntent intent, String detail) {
        access.authoriseMissing(caller, intent);
        return new NotFound(detail);
    }
}
