package org.cypf.familysupport.shared.adapter.out.persistence;

import java.util.List;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.governance.api.access.HeldRecord;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ChildRows;
import org.cypf.platform.db.ContextDatabase;

/**
 * What family support holds about one child (requests for support, early help episodes with their headlines, goals,
 * team and reviews, family network meetings with who attended), for governance's subject access export (ADR 0032,
 * ADR 0063): every row of its schema about the child, found from the catalogue ({@link ChildRows}). The public
 * directory holds no child's record and so is never part of it. Governance authorises and audits the export.
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
