package org.cypf.platform.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Every row a context's schema holds about one child, for a subject access request (ADR 0032): the rows of each table
 * with a {@code child_id} column naming the child, and the rows of each table without one that refer, by a
 * single-column foreign key, to such a row (e.g. a placement of the child's period of care). Found from the catalogue,
 * so a table added later is exported without anyone remembering to add it; read in the context's own unit of work.
 */
public final class ChildRows {

    /** One row: its table and its columns by name, as text. */
    public record Row(String table, Map<String, String> columns) {}

    private ChildRows() {}

    /** The rows about {@code child} in {@code database}'s schema, table by table in name order, oldest row first. */
    public static List<Row> of(ContextDatabase database, UUID child) {
        return database.inTransaction(() -> read(database.transactionalDsl(), database.schema(), child));
    }

    private static List<Row> read(DSLContext dsl, String schema, UUID child) {
        List<String> direct = dsl.fetch("""
                select table_name from information_schema.columns
                where table_schema = ? and column_name = 'child_id' order by table_name""", schema)
                .getValues(0, String.class);
        List<Row> rows = new ArrayList<>();
        for (String table : direct) {
            rows.addAll(rows(table, dsl.fetch("select t.* from %s.%s t where t.child_id = ?".formatted(
                    quoted(schema), quoted(table)), child)));
        }
        // Tables one foreign key away from a table naming the child, and naming no child themselves.
        var referring = dsl.fetch("""
                select cl.relname as child_table, a.attname as fk_column, pl.relname as parent_table, pa.attname as parent_column
                from pg_constraint c
                join pg_class cl on cl.oid = c.conrelid
                join pg_class pl on pl.oid = c.confrelid
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
                where c.contype = 'f' and cardinality(c.conkey) = 1 and c.connamespace = ?::regnamespace
                order by cl.relname, a.attname""", schema);
        for (Record fk : referring) {
            String table = fk.get("child_table", String.class);
            String parent = fk.get("parent_table", String.class);
            if (direct.contains(table) || !direct.contains(parent)) {
                continue;
            }
            rows.addAll(rows(table, dsl.fetch("select t.* from %s.%s t join %s.%s p on t.%s = p.%s where p.child_id = ?"
                    .formatted(quoted(schema), quoted(table), quoted(schema), quoted(parent),
                            quoted(fk.get("fk_column", String.class)), quoted(fk.get("parent_column", String.class))),
                    child)));
        }
        return rows;
    }

    private static List<Row> rows(String table, org.jooq.Result<Record> result) {
        List<Row> rows = new ArrayList<>();
        for (Record r : result) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (Field<?> f : r.fields()) {
                Object value = r.get(f);
                columns.put(f.getName(), value == null ? null : value.toString());
            }
            rows.add(new Row(table, columns));
        }
        return rows;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
