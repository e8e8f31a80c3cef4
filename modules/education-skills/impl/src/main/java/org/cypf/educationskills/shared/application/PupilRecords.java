package org.cypf.educationskills.shared.application;

import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.Violations;

/**
 * Finding a pupil's or child in care's record the same way in every education use case, and never telling a caller who
 * may not see such a record whether it exists (ADR 0033): where a UPN or id names nothing, the access port decides
 * first, as for an existing record, so a refused caller is refused alike (403) and only one who could have seen the
 * record learns that it is not there (404). Each service builds its {@link RecordChanges.Guard} over its own bound
 * port (so ACCESS-01 sees the call in the use case's class); this class applies it.
 */
public final class PupilRecords {
    private PupilRecords() {}

    /** The record if there is one, authorised; otherwise {@link NotFound} with {@code detail}, once the guard allows it. */
    public static <A> A authorised(A found, RecordChanges.Guard<A> guard, String detail) {
        if (found == null) {
            guard.missing();
            throw new NotFound(detail);
        }
        guard.accept(found);
        return found;
    }

    /** Checks a page request (pages count from 1; at most {@code maxSize} a page), naming {@code page} and {@code size}. */
    public static void checkPage(Violations v, int page, int size, int maxSize) {
        v.check(page >= 1, "page", "must be a whole number from 1 (pages count from 1)");
        v.check(size >= 1 && size <= maxSize, "size", "must be a whole number from 1 to " + maxSize);
    }

    /** The rows a page skips. */
    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }
}
