package org.cypf.governance.access.port;

import java.util.List;
import org.cypf.governance.access.domain.AccessEntry;

/** The append-only audit of access to children's records. */
public interface AccessAuditLog {

    /** Appends in the caller's open unit of work, so the entries commit with the access they record. */
    void appendWithCurrentChange(List<AccessEntry> entries);

    /** Appends in a transaction of its own: a refusal is recorded even though the caller's change rolls back. */
    void appendOnItsOwn(List<AccessEntry> entries);
}
