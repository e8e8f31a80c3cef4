package org.cypf.governance.access.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.access.domain.AuditChain;
import org.cypf.governance.access.domain.AuditLink;
import org.cypf.governance.access.domain.AuditSeal;
import org.cypf.governance.access.domain.AuditedAccess;
import org.cypf.governance.access.port.AuditTrail;
import org.cypf.governance.api.access.AuditEntry;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The access audit and its chain in {@code governance}: {@code child_record_access}, {@code access_audit_link},
 * {@code access_audit_seal} (V3). Plain SQL, because the chain's order is PostgreSQL's {@code xid8}, which jOOQ's
 * generated classes do not type; it is read and written as text.
 */
public final class JooqAuditTrail implements AuditTrail {
    /** The advisory lock key sealers share (any fixed number; "audit" in ASCII). */
    private static final long SEAL_LOCK = 0x6175646974L;
    private static final String ROW = """
            select a.access_id, a.occurred_at, a.user_id, a.organisation, a.role, a.context, a.record_type, a.action,
                   a.child_id, a.purpose, a.decision, a.rule, a.agreement, a.written_by_tx::text as tx,
                   a.issuer
              from governance.child_record_access a
            """;

    private final ContextDatabase governance;

    public JooqAuditTrail(ContextDatabase governance) {
        this.governance = governance;
    }

    private DSLContext dsl() {
        return governance.transactionalDsl();
    }

    @Override
    public void lockSealing() {
        dsl().fetch("select pg_advisory_xact_lock(?)", SEAL_LOCK);
    }

    @Override
    public long horizon() {
        return Long.parseUnsignedLong(dsl().fetchOne("select pg_snapshot_xmin(pg_current_snapshot())::text").get(0, String.class));
    }

    @Override
    public Optional<AuditLink> lastLink() {
        return dsl().fetch("select * from governance.access_audit_link order by position desc limit 1").stream()
                .map(JooqAuditTrail::link).findFirst();
    }

    @Override
    public Optional<AuditSeal> lastSeal() {
        return dsl().fetch("select *, horizon::text as horizon_text from governance.access_audit_seal order by seal_id desc limit 1")
                .stream().map(JooqAuditTrail::seal).findFirst();
    }

    @Override
    public List<AuditedAccess> unsealed(long fromTx, long horizon) {
        return dsl().fetch(ROW + """
                 where a.written_by_tx >= ?::xid8 and a.written_by_tx < ?::xid8
                   and not exists (select 1 from governance.access_audit_link l where l.access_id = a.access_id)
                 order by a.written_by_tx, a.access_id""", Long.toUnsignedString(fromTx), Long.toUnsignedString(horizon))
                .stream().map(JooqAuditTrail::row).toList();
    }

    @Override
    public void append(AuditChain.Sealing sealing) {
        var dsl = dsl();
        var links = new ArrayList<>(sealing.links());
        // In slices, so a large first sealing stays within PostgreSQL's limit on bind values.
        for (int from = 0; from < links.size(); from += 1000) {
            var slice = links.subList(from, Math.min(from + 1000, links.size()));
            var sql = new StringBuilder("insert into governance.access_audit_link (position, access_id, seal_id, previous_hash, hash) values ");
            List<Object> binds = new ArrayList<>();
            for (int i = 0; i < slice.size(); i++) {
                AuditLink l = slice.get(i);
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
                binds.addAll(List.of(l.position(), l.accessId(), l.sealId(), l.previousHash(), l.hash()));
            }
            dsl.execute(sql.toString(), binds.toArray());
        }
        AuditSeal s = sealing.seal();
        dsl.execute("""
                insert into governance.access_audit_seal
                  (seal_id, horizon, first_position, last_position, head_hash, previous_hash, hash)
                values (?, ?::xid8, ?, ?, ?, ?, ?)""", s.sealId(), Long.toUnsignedString(s.horizon()), s.firstPosition(),
                s.lastPosition(), s.headHash(), s.previousHash(), s.hash());
    }

    @Override
    public List<AuditedAccess> rows() {
        return dsl().fetch(ROW + " order by a.written_by_tx, a.access_id").stream().map(JooqAuditTrail::row).toList();
    }

    @Override
    public List<AuditLink> links() {
        return dsl().fetch("select * from governance.access_audit_link order by position").stream()
                .map(JooqAuditTrail::link).toList();
    }

    @Override
    public List<AuditSeal> seals() {
        return dsl().fetch("select *, horizon::text as horizon_text from governance.access_audit_seal order by seal_id")
                .stream().map(JooqAuditTrail::seal).toList();
    }

    @Override
    public List<AuditEntry> entries(Filter filter, long offset, int size) {
        List<Object> binds = new ArrayList<>();
        String where = where(filter, binds);
        binds.add(size);
        binds.add(offset);
        return dsl().fetch("""
                select a.*, exists (select 1 from governance.access_audit_link l where l.access_id = a.access_id) as sealed
                  from governance.child_record_access a""" + where + " order by a.occurred_at desc, a.access_id desc limit ? offset ?",
                binds.toArray()).stream().map(r -> new AuditEntry(r.get("access_id", Long.class),
                        r.get("occurred_at", OffsetDateTime.class).toInstant(), r.get("user_id", String.class),
                        r.get("organisation", String.class), r.get("role", String.class), r.get("context", String.class),
                        r.get("record_type", String.class), r.get("action", String.class), r.get("child_id", UUID.class),
                        r.get("purpose", String.class), r.get("decision", String.class), r.get("rule", String.class),
                        r.get("agreement", String.class), r.get("sealed", Boolean.class),
                        r.get("issuer", String.class))).toList();
    }

    @Override
    public long count(Filter filter) {
        List<Object> binds = new ArrayList<>();
        return dsl().fetchOne("select count(*) from governance.child_record_access a" + where(filter, binds),
                binds.toArray()).get(0, Long.class);
    }

    private static String where(Filter f, List<Object> binds) {
        List<String> conditions = new ArrayList<>();
        if (f.child() != null) {
            conditions.add("a.child_id = ?");
            binds.add(f.child());
        }
        if (f.userId() != null) {
            conditions.add("a.user_id = ?");
            binds.add(f.userId());
        }
        if (f.from() != null) {
            conditions.add("a.occurred_at >= ?::timestamptz");
            binds.add(OffsetDateTime.ofInstant(f.from(), java.time.ZoneOffset.UTC));
        }
        if (f.until() != null) {
            conditions.add("a.occurred_at < ?::timestamptz");
            binds.add(OffsetDateTime.ofInstant(f.until(), java.time.ZoneOffset.UTC));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static AuditedAccess row(Record r) {
        return new AuditedAccess(r.get("access_id", Long.class), r.get("occurred_at", OffsetDateTime.class).toInstant(),
                r.get("user_id", String.class), r.get("organisation", String.class), r.get("role", String.class),
                r.get("context", String.class), r.get("record_type", String.class), r.get("action", String.class),
                r.get("child_id", UUID.class), r.get("purpose", String.class), r.get("decision", String.class),
                r.get("rule", String.class), r.get("agreement", String.class),
                Long.parseUnsignedLong(r.get("tx", String.class)), r.get("issuer", String.class));
    }

    private static AuditLink link(Record r) {
        return new AuditLink(r.get("position", Long.class), r.get("access_id", Long.class), r.get("seal_id", Long.class),
                r.get("previous_hash", String.class), r.get("hash", String.class));
    }

    private static AuditSeal seal(Record r) {
        return new AuditSeal(r.get("seal_id", Long.class), Long.parseUnsignedLong(r.get("horizon_text", String.class)),
                r.get("first_position", Long.class), r.get("last_position", Long.class), r.get("head_hash", String.class),
                r.get("previous_hash", String.class), r.get("hash", String.class));
    }
}
