package org.cypf.platform.db;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The mechanics every context's retention adapter shares (ADR 0034), so each adapter states only its own record
 * types, their due-date queries and what anonymising one removes. Each context's schema holds two tables for it:
 * {@code retention_anonymised} (the records anonymised, with the rule and due date, which the due list leaves out)
 * and {@code retention_pseudonym} (the pseudonym a child's anonymised records are moved to, forgotten with the last).
 *
 * <p>Paged in the query: the due list is one {@code union all} of the kinds' queries, filtered, ordered, limited and
 * counted in PostgreSQL; nothing is read whole.
 */
public final class RetentionTables {

    /**
     * One record type and the query of its records' due dates.
     *
     * @param dueQuery a {@code select} of {@code record_id} (uuid), {@code due_on} (date; null when never due, such
     *                 as an open case) and {@code rule} (text) over the context's own tables, schema-qualified
     */
    public record Kind(String recordType, String dueQuery) {
        public Kind {
            Objects.requireNonNull(recordType, "recordType");
            Objects.requireNonNull(dueQuery, "dueQuery");
        }
    }

    /** A record due for review. */
    public record Due(String recordType, UUID recordId, LocalDate dueOn, String rule) {}

    /** What anonymising one record of a kind does, in the context's open transaction. */
    @FunctionalInterface
    public interface Anonymiser {
        void anonymise(DSLContext dsl, UUID recordId);
    }

    private final ContextDatabase database;
    private final String schema;
    private final List<Kind> kinds;

    public RetentionTables(ContextDatabase database, List<Kind> kinds) {
        this.database = database;
        this.schema = quoted(database.schema());
        this.kinds = List.copyOf(kinds);
    }

    /** The record types, in the order given. */
    public List<String> recordTypes() {
        return kinds.stream().map(Kind::recordType).toList();
    }

    public List<Due> due(LocalDate date, long offset, int limit) {
        return database.inTransaction(() -> database.transactionalDsl().fetch(
                "select * from (" + union() + ") d where d.due_on <= ?::date and " + notAnonymised()
                        + " order by d.due_on, d.record_type, d.record_id offset ? limit ?", date, offset, limit)
                .map(RetentionTables::due));
    }

    public long countDue(LocalDate date) {
        return database.inTransaction(() -> value(database.transactionalDsl(), Long.class,
                "select count(*) from (" + union() + ") d where d.due_on <= ?::date and " + notAnonymised(), date));
    }

    public Optional<Due> find(String recordType, UUID recordId, LocalDate date) {
        return database.inTransaction(() -> find(database.transactionalDsl(), recordType, recordId, date));
    }

    /**
     * Anonymises the record in one transaction of the context's own, if due on {@code date}: {@code anonymiser} does
     * the context's part and the record is marked anonymised. A record marked already is answered as it was
     * anonymised, changing nothing.
     */
    public Optional<Due> anonymise(String recordType, UUID recordId, LocalDate date, Anonymiser anonymiser) {
        return database.inTransaction(() -> {
            DSLContext dsl = database.transactionalDsl();
            Optional<Due> done = dsl.fetchOptional("select record_type, record_id, due_on, rule from " + schema
                    + ".retention_anonymised where record_type = ? and record_id = ?", recordType, recordId)
                    .map(RetentionTables::due);
            if (done.isPresent()) {
                return done;
            }
            Optional<Due> due = find(dsl, recordType, recordId, date);
            due.ifPresent(d -> {
                anonymiser.anonymise(dsl, recordId);
                dsl.execute("insert into " + schema + ".retention_anonymised (record_type, record_id, due_on, rule,"
                        + " anonymised_on) values (?, ?::uuid, ?::date, ?, ?::date)", d.recordType(), d.recordId(), d.dueOn(), d.rule(), date);
            });
            return due;
        });
    }

    /**
     * The pseudonym {@code child}'s anonymised records in this schema are moved to: the same for all of them, so
     * counts of distinct children stay true; made on first use.
     */
    public static UUID pseudonymOf(DSLContext dsl, String schema, UUID child) {
        String table = quoted(schema) + ".retention_pseudonym";
        dsl.execute("insert into " + table + " (child_id, pseudonym) values (?, ?) on conflict (child_id) do nothing",
                child, UUID.randomUUID());
        return value(dsl, UUID.class, "select pseudonym from " + table + " where child_id = ?", child);
    }

    /**
     * Forgets {@code child}'s pseudonym once no table of the schema (but those {@code ignoring}) names the child any
     * more, so nothing links the anonymised records back to the child; answers whether it did. Tables are found from
     * the catalogue, so one added later is counted without anyone remembering to.
     */
    public static boolean forgetIfDetached(DSLContext dsl, String schema, UUID child, Set<String> ignoring) {
        List<String> tables = dsl.fetch("""
                select table_name from information_schema.columns
                 where table_schema = ? and column_name = 'child_id' and table_name <> 'retention_pseudonym'
                 order by table_name""", schema).getValues(0, String.class);
        for (String table : tables) {
            if (!ignoring.contains(table) && value(dsl, Boolean.class, "select exists (select 1 from "
                    + quoted(schema) + "." + quoted(table) + " where child_id = ?)", child)) {
                return false;
            }
        }
        dsl.execute("delete from " + quoted(schema) + ".retention_pseudonym where child_id = ?", child);
        return true;
    }

    /** The one value of a query that answers one row, as {@code type}. */
    public static <T> T value(DSLContext dsl, Class<T> type, String sql, Object... binds) {
        return dsl.fetchSingle(sql, binds).get(0, type);
    }

    private Optional<Due> find(DSLContext dsl, String recordType, UUID recordId, LocalDate date) {
        return dsl.fetchOptional("select * from (" + union() + ") d where d.record_type = ? and d.record_id = ?"
                + " and d.due_on <= ?::date and " + notAnonymised(), recordType, recordId, date).map(RetentionTables::due);
    }

    private String union() {
        List<String> parts = new ArrayList<>();
        for (Kind kind : kinds) {
            parts.add("select '" + kind.recordType().replace("'", "''") + "'::text as record_type, k.record_id,"
                    + " k.due_on, k.rule from (" + kind.dueQuery() + ") k");
        }
        return String.join(" union all ", parts);
    }

    private String notAnonymised() {
        return "not exists (select 1 from " + schema + ".retention_anonymised a where a.record_type = d.record_type"
                + " and a.record_id = d.record_id)";
    }

    private static Due due(Record r) {
        return new Due(r.get("record_type", String.class), r.get("record_id", UUID.class),
                r.get("due_on", LocalDate.class), r.get("rule", String.class));
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
