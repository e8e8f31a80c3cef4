package org.cypf.platform.db;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The one retention loop every context uses (ADR 0034, ADR 0036): a context declares its record types as data (each
 * {@link Kind} with the query of its due dates and the statements that anonymise one) and how its child's pseudonym
 * is made and its own rows go ({@link Detachment}); this class lists, counts, finds and anonymises them all alike, so
 * no context repeats the mechanics. Each context's schema holds two tables for it: {@code retention_anonymised} (the
 * records anonymised, with the rule and due date, which the due list leaves out) and {@code retention_pseudonym} (the
 * pseudonym a child's anonymised records are moved to, forgotten with the last).
 *
 * <p>A record whose child is under a legal hold (ADR 0037) is listed as held and never anonymised: the holds are
 * governance's and are passed in, since no schema reads another's.
 *
 * <p>Paged in the query: the due list is one {@code union all} of the kinds' queries, filtered, ordered, limited and
 * counted in PostgreSQL; nothing is read whole.
 */
public final class RetentionTables {
    /** What anonymising puts in place of free text in the family's or referrer's own words. */
    public static final String MARK = "[anonymised]";

    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):(record|child|pseudonym)\\b");

    /**
     * One record type, its due dates and what anonymising one does.
     *
     * @param dueQuery  a {@code select} of {@code record_id} (uuid), {@code child_id} (uuid: the child the record
     *                  names), {@code due_on} (date; null when never due, such as an open case) and {@code rule} (text)
     *                  over the context's own tables, schema-qualified
     * @param anonymise the statements that detach one record from its child, run in order in one transaction; each
     *                  may name {@code :record} (the record's id), {@code :child} and {@code :pseudonym}
     */
    public record Kind(String recordType, String dueQuery, List<String> anonymise) {
        public Kind {
            Objects.requireNonNull(recordType, "recordType");
            Objects.requireNonNull(dueQuery, "dueQuery");
            anonymise = List.copyOf(anonymise);
            if (anonymise.isEmpty()) {
                throw new IllegalArgumentException(recordType + ": anonymising must change something");
            }
        }
    }

    /**
     * How a context's child is moved to a pseudonym and let go.
     *
     * @param onPseudonym statements run each time a record is moved to the child's pseudonym, before the kind's own
     *                    (e.g. social care's pseudonymous {@code child} row); may name {@code :child}, {@code :pseudonym}
     * @param ownRows     tables holding the child's own row (identifiers), not records: left out when asking whether
     *                    any record still names the child
     * @param onDetached  statements run once no record names the child, after the pseudonym is forgotten (deleting
     *                    the own rows); may name {@code :child}
     */
    public record Detachment(List<String> onPseudonym, Set<String> ownRows, List<String> onDetached) {
        /** A context whose records hold the child's id and nothing else about the child. */
        public static final Detachment PLAIN = new Detachment(List.of(), Set.of(), List.of());

        public Detachment {
            onPseudonym = List.copyOf(onPseudonym);
            ownRows = Set.copyOf(ownRows);
            onDetached = List.copyOf(onDetached);
        }
    }

    /** A record due for review; {@code held} when its child is under a legal hold. Names the record, not the child. */
    public record Due(String recordType, UUID recordId, LocalDate dueOn, String rule, boolean held) {}

    private final ContextDatabase database;
    private final String schema;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Detachment detachment;

    public RetentionTables(ContextDatabase database, List<Kind> kinds, Detachment detachment) {
        this.database = database;
        this.schema = quoted(database.schema());
        for (Kind kind : kinds) {
            if (this.kinds.putIfAbsent(kind.recordType(), kind) != null) {
                throw new IllegalArgumentException("record type " + kind.recordType() + " declared twice");
            }
        }
        this.detachment = Objects.requireNonNull(detachment, "detachment");
    }

    /** The record types, in the order given. */
    public List<String> recordTypes() {
        return List.copyOf(kinds.keySet());
    }

    public List<Due> due(LocalDate date, Collection<UUID> held, long offset, int limit) {
        return database.inTransaction(() -> database.transactionalDsl().fetch(
                "select d.*, d.child_id = any(?::uuid[]) as held from (" + union() + ") d where d.due_on <= ?::date and "
                        + notAnonymised() + " order by d.due_on, d.record_type, d.record_id offset ? limit ?",
                array(held), date, offset, limit).map(RetentionTables::due));
    }

    public long countDue(LocalDate date) {
        return database.inTransaction(() -> value(database.transactionalDsl(), Long.class,
                "select count(*) from (" + union() + ") d where d.due_on <= ?::date and " + notAnonymised(), date));
    }

    public Optional<Due> find(String recordType, UUID recordId, LocalDate date, Collection<UUID> held) {
        return database.inTransaction(() -> find(database.transactionalDsl(), recordType, recordId, date, held)
                .map(Found::due));
    }

    /**
     * Anonymises the record in one transaction of the context's own, if due on {@code date} and its child is not held:
     * the child's pseudonym is made, the kind's statements run, the child is let go once nothing names them, and the
     * record is marked anonymised. A record of a held child is answered held, changing nothing; one marked already is
     * answered as it was anonymised, changing nothing.
     */
    public Optional<Due> anonymise(String recordType, UUID recordId, LocalDate date, Collection<UUID> held) {
        Kind kind = kinds.get(recordType);
        if (kind == null) {
            return Optional.empty();
        }
        return database.inTransaction(() -> {
            DSLContext dsl = database.transactionalDsl();
            Optional<Due> done = dsl.fetchOptional("select record_type, record_id, due_on, rule, false as held from "
                    + schema + ".retention_anonymised where record_type = ? and record_id = ?", recordType, recordId)
                    .map(RetentionTables::due);
            if (done.isPresent()) {
                return done;
            }
            Optional<Found> found = find(dsl, recordType, recordId, date, held);
            if (found.isEmpty() || found.get().due().held()) {
                return found.map(Found::due);
            }
            Due due = found.get().due();
            UUID child = found.get().child();
            UUID pseudonym = pseudonymOf(dsl, database.schema(), child);
            for (String statement : detachment.onPseudonym()) {
                run(dsl, statement, recordId, child, pseudonym);
            }
            for (String statement : kind.anonymise()) {
                run(dsl, statement, recordId, child, pseudonym);
            }
            if (forgetIfDetached(dsl, database.schema(), child, detachment.ownRows())) {
                for (String statement : detachment.onDetached()) {
                    run(dsl, statement, recordId, child, pseudonym);
                }
            }
            dsl.execute("insert into " + schema + ".retention_anonymised (record_type, record_id, due_on, rule,"
                    + " anonymised_on) values (?, ?::uuid, ?::date, ?, ?::date)", due.recordType(), due.recordId(),
                    due.dueOn(), due.rule(), date);
            return Optional.of(due);
        });
    }

    /**
     * The pseudonym {@code child}'s anonymised records in this schema are moved to: the same for all of them, so
     * counts of distinct children stay true; made on first use.
     */
    static UUID pseudonymOf(DSLContext dsl, String schema, UUID child) {
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
    static boolean forgetIfDetached(DSLContext dsl, String schema, UUID child, Set<String> ignoring) {
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

    private static <T> T value(DSLContext dsl, Class<T> type, String sql, Object... binds) {
        return dsl.fetchSingle(sql, binds).get(0, type);
    }

    /** Runs one declared statement, binding {@code :record}, {@code :child} and {@code :pseudonym} where named. */
    private static void run(DSLContext dsl, String statement, UUID record, UUID child, UUID pseudonym) {
        List<Object> binds = new ArrayList<>();
        Matcher m = NAMED.matcher(statement);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            binds.add(switch (m.group(1)) {
                case "record" -> record;
                case "child" -> child;
                default -> pseudonym;
            });
            m.appendReplacement(sql, "?::uuid");
        }
        m.appendTail(sql);
        dsl.execute(sql.toString(), binds.toArray());
    }

    private record Found(Due due, UUID child) {}

    private Optional<Found> find(DSLContext dsl, String recordType, UUID recordId, LocalDate date, Collection<UUID> held) {
        return dsl.fetchOptional("select d.*, d.child_id = any(?::uuid[]) as held from (" + union()
                + ") d where d.record_type = ? and d.record_id = ? and d.due_on <= ?::date and " + notAnonymised(),
                array(held), recordType, recordId, date)
                .map(r -> new Found(due(r), r.get("child_id", UUID.class)));
    }

    private String union() {
        List<String> parts = new ArrayList<>();
        for (Kind kind : kinds.values()) {
            parts.add("select '" + kind.recordType().replace("'", "''") + "'::text as record_type, k.record_id,"
                    + " k.child_id, k.due_on, k.rule from (" + kind.dueQuery() + ") k");
        }
        return String.join(" union all ", parts);
    }

    private String notAnonymised() {
        return "not exists (select 1 from " + schema + ".retention_anonymised a where a.record_type = d.record_type"
                + " and a.record_id = d.record_id)";
    }

    private static UUID[] array(Collection<UUID> held) {
        return held.toArray(UUID[]::new);
    }

    private static Due due(Record r) {
        return new Due(r.get("record_type", String.class), r.get("record_id", UUID.class),
                r.get("due_on", LocalDate.class), r.get("rule", String.class), r.get("held", Boolean.class));
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
