package org.cypf.socialcare.shared.adapter.out.persistence;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Table;

/**
 * Many rows of one table written in a few multi-row {@code INSERT} statements inside the caller's transaction, for a
 * bulk import (ADR 0072): one round trip carries {@value #ROWS_PER_STATEMENT} rows instead of one, and the database's
 * constraints still check every row. Only the columns named are written; the others take their defaults.
 */
public final class BulkInsert {
    /** Rows one statement carries at most: for the widest table (14 columns) well under PostgreSQL's 65,535 binds. */
    public static final int ROWS_PER_STATEMENT = 1_000;

    private BulkInsert() {}

    /** Inserts {@code rows}, each holding the values of {@code columns} in their order. */
    public static void insert(DSLContext dsl, Table<?> table, List<Field<?>> columns, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            InsertValuesStepN<?> insert = dsl.insertInto(table, columns);
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT))) {
                insert = insert.values(row);
            }
            insert.execute();
        }
    }
}
