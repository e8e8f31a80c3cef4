package org.cypf.governance.api.access;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.problem.Violations;

/**
 * Which audit entries an auditor asks for: any of a child, a user and a period (days in England, both inclusive),
 * and a page. Bad values are refused together, each naming its field.
 *
 * @param child  the child the entries are about, or null for every child
 * @param userId the user who accessed, or null for every user
 * @param from   the first day, or null
 * @param to     the last day, or null
 * @param page   from 1
 * @param size   1 to {@value #MAX_PAGE_SIZE}
 */
public record AuditQuery(UUID child, String userId, LocalDate from, LocalDate to, int page, int size) {
    /** The documented maximum page size. */
    public static final int MAX_PAGE_SIZE = 500;
    public static final int DEFAULT_PAGE_SIZE = 100;

    public AuditQuery {
        var v = new Violations();
        v.check(page >= 1, "page", "must be a whole number from 1");
        v.check(size >= 1 && size <= MAX_PAGE_SIZE, "size", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
        v.check(userId == null || (!userId.isBlank() && userId.length() <= 200), "user", "must be 1 to 200 characters");
        v.check(from == null || to == null || !to.isBefore(from), "to", "must not be before from");
        v.throwIfAny();
    }

    /** How many entries come before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
