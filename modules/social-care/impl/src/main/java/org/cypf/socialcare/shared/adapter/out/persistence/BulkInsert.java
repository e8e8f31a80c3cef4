package org.cypf.socialcare.shared.adapter.out.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.postgresql.PGConnection;

/**
 * Many rows of one table written by PostgreSQL's {@code COPY ... FROM STDIN} on the caller's own connection, inside
 * its transaction, for a bulk import (ADR 0072): the rows travel as one stream instead of one statement each, and
 * the table's constraints (keys, references, checks) still check every row. Only the columns named are written;
 * the others take their defaults. A constraint a row breaks fails the whole copy as
 * {@link IntegrityConstraintViolationException}, as an {@code INSERT} would, and the transaction rolls back.
 */
public final class BulkInsert {
    /** Rows one {@code COPY} carries at most, so an import's text is built and sent in parts of bounded size. */
    public static final int ROWS_PER_COPY = 20_000;

    private BulkInsert() {}

    /** Inserts {@code rows}, each holding the values of {@code columns} in their order (null for SQL null). */
    public static void insert(DSLContext dsl, Table<?> table, List<Field<?>> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "copy " + dsl.render(table) + " (" + columns.stream().map(c -> dsl.render(c.getUnqualifiedName()))
                .collect(Collectors.joining(", ")) + ") from stdin";
        for (int from = 0; from < rows.size(); from += ROWS_PER_COPY) {
            String text = text(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_COPY)));
            dsl.connection(connection -> {
                try (var statement = connection.createStatement()) {
                    // The references each row is checked against are planned once for the copy, not once a row: the
                    // pool's force_custom_plan (ADR 0092) would re-plan every foreign key check of every row.
                    var mode = statement.executeQuery("select current_setting('plan_cache_mode')");
                    mode.next();
                    String before = mode.getString(1);
                    statement.execute("set local plan_cache_mode = auto");
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text));
                    statement.execute("set local plan_cache_mode = " + ("auto".equals(before) ? "auto"
                            : "force_custom_plan".equals(before) ? "force_custom_plan" : "force_generic_plan"));
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        throw new IntegrityConstraintViolationException(e.getMessage(), e);
                    }
                    throw new DataAccessException("COPY into " + table.getName() + " failed", e);
                } catch (IOException e) {
                    throw new DataAccessException("COPY into " + table.getName() + " failed", e);
                }
            });
        }
    }

    /** The rows in COPY's text format: tab between values, a line a row, {@code \N} for null, escapes for the rest. */
    static String text(List<Object[]> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append('\t');
                }
                Object value = row[i];
                if (value == null) {
                    out.append("\\N");
                } else {
                    String s = value.toString();
                    for (int k = 0; k < s.length(); k++) {
                        char ch = s.charAt(k);
                        switch (ch) {
                            case '\\' -> out.append("\\\\");
                            case '\t' -> out.append("\\t");
                            case '\n' -> out.append("\\n");
                            case '\r' -> out.append("\\r");
                            default -> out.append(ch);
                        }
                    }
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
