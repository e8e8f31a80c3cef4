package org.cypf.educationskills.virtualschool.adapter.out.persistence;

import java.util.List;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.governance.api.access.HeldRecord;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ChildRows;
import org.cypf.platform.db.ContextDatabase;

/**
 * What education and skills holds about one child (the virtual school roll and its children in care's suspensions and
 * exclusions; a pupil's attendance and suspensions and exclusions, one key away from the pupil), for governance's
 * subject access export
 * (ADR 0032): every row of its schema about the child, found from the catalogue ({@link ChildRows}). Governance
 * authorises and audits the export.
 */
public final class JooqChildRecordSource implements ChildRecordSource {
    private final String context;
    private final ContextDatabase database;

    public JooqChildRecordSource(String context, ContextDatabase database) {
        this.context = context;
        this.database = database;
    }

    @Override
    public String context() {
        return context;
    }

    @Override
    public List<HeldRecord> recordsOf(ChildId child) {
        return ChildRows.of(database, child.value()).stream()
                .map(row -> new HeldRecord(context, row.table(), row.columns())).toList();
    }
}
