package org.cypf.healthwellbeing.shared.adapter.out.persistence;

import java.util.List;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.governance.api.access.HeldRecord;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ChildRows;
import org.cypf.platform.db.ContextDatabase;

/**
 * What health and wellbeing holds about one child, for governance's subject access export (ADR 0032): every row of
 * its schema about the child (children in care health, EHC requests, the healthy child programme, child health
 * measurements, mental health referrals), found from the catalogue ({@link ChildRows}), so a table added later is
 * exported without anyone remembering to add it. Governance authorises and audits the export.
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
