package org.cypf.familysupport.shared.application;

import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.problem.NotFound;

/**
 * Family support's side of ADR 0033: a family's record is said to be missing the same way in every use case (each
 * use case class authorises loaded records through its own {@code guard}, where rule ACCESS-01 sees it), so a caller who may not see such a record
 * is refused alike (403) whether or not the id names one, and only a caller who could have seen it learns 404.
 */
public final class FamilyRecords {
    private FamilyRecords() {}

    /**
     * {@link NotFound} with {@code detail}, once the access port has let the caller learn it: the port refuses
     * ({@link org.cypf.kernel.problem.AccessDenied}, audited) a caller who would be refused an existing record.
     */
    public static NotFound notFound(ContextRecordAccess access, Caller caller, RecordIntent intent, String detail) {
        access.authoriseMissing(caller, intent);
        return new NotFound(detail);
    }
}
