package org.cypf.governance.access.adapter.out.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.BreakGlass;
import org.cypf.governance.access.port.InvolvementStore;
import org.cypf.governance.api.access.BreakGlassUse;
import org.cypf.governance.api.access.Involvement;
import org.cypf.governance.api.access.NewInvolvement;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.RenderedQuery;
import org.cypf.platform.db.UniqueViolations;
import org.cypf.platform.db.CurrentTransaction;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * {@code governance.involvement} and {@code governance.break_glass_review}. The contexts' roles may only INSERT into
 * the involvements (a creator's involvement commits with the record created); reading is governance's own.
 */
public final class JooqInvolvementStore implements InvolvementStore {
    private static final String USES = """
            select a.access_id, a.occurred_at, a.user_id, a.organisation, a.role, a.context, a.record_type, a.action,
                   a.child_id, a.purpose, r.reviewer, r.note, r.reviewed_at
            from governance.child_record_access a left join governance.break_glass_review r on r.access_id = a.access_id
            where a.rule = '%s' and a.decision = 'PERMITTED'""".formatted(AccessPolicy.BREAK_GLASS);

    // Asked before every read of a child's record and for every list's scope: rendered once (ADR 0124).
    private static final RenderedQuery<org.jooq.Record> INVOLVED = RenderedQuery.sql("""
            select 1 from governance.involvement
             where child_id = ? and user_id = ? and organisation = ? and valid_from <= ?
               and (valid_to is null or valid_to >= ?) limit 1""", 5, DSL.field("one", Integer.class));
    private static final RenderedQuery<org.jooq.Record> INVOLVED_AMONG = RenderedQuery.sql("""
            select distinct child_id from governance.involvement
             where child_id = any(?) and user_id = ? and organisation = ? and valid_from <= ?
               and (valid_to is null or valid_to >= ?)""", 5, DSL.field("child_id", UUID.class));
    private static final RenderedQuery<org.jooq.Record> INVOLVED_CHILDREN = RenderedQuery.sql("""
            select distinct child_id from governance.involvement
             where user_id = ? and organisation = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)""",
            4, DSL.field("child_id", UUID.class));
    private static final RenderedQuery<org.jooq.Record> RECORD_CREATOR = RenderedQuery.sql("""
            insert into governance.involvement (child_id, user_id, organisation, kind, valid_from, recorded_by)
            values (?, ?, ?, 'CREATED-RECORD', ?, ?) on conflict do nothing""", 5);

    private final ContextDatabase governance;

    public JooqInvolvementStore(ContextDatabase governance) {
        this.governance = governance;
    }

    @Override
    public boolean involved(UUID child, String userId, String organisation, LocalDate date) {
        // One statement alone, in auto-commit (ADR 0123): no COMMIT round trip before each read of a child's record.
        return governance.readInOneStatement(dsl -> INVOLVED.fetch(dsl, child, userId, organisation, date, date)
                .isNotEmpty());
    }

    @Override
    public java.util.Set<UUID> involvedAmong(java.util.Collection<UUID> children, String userId, String organisation,
                                             LocalDate date) {
        if (children.isEmpty()) {
            return java.util.Set.of();
        }
        // One array parameter, not one per child: a return names more children than PostgreSQL's 65,535 bind values.
        UUID[] ids = children.toArray(UUID[]::new);
        // One statement alone, in auto-commit (ADR 0123): a unit of work of one read would add a COMMIT round trip.
        return governance.readInOneStatement(dsl -> java.util.Set.copyOf(INVOLVED_AMONG.fetch(dsl, ids, userId,
                organisation, date, date).getValues(0, UUID.class)));
    }

    @Override
    public java.util.Set<UUID> involvedChildren(String userId, String organisation, LocalDate date) {
        return governance.readInOneStatement(dsl -> java.util.Set.copyOf(INVOLVED_CHILDREN.fetch(dsl, userId,
                organisation, date, date).getValues(0, UUID.class)));
    }

    @Override
    public Optional<org.cypf.governance.api.access.AllocatedWorkers.Worker> allocatedWorker(UUID child,
                                                                                        LocalDate date) {
        return governance.inTransaction(() -> governance.transactionalDsl().fetchOptional("""
                select user_id, organisation from governance.involvement
                 where child_id = ? and kind = 'ALLOCATED-WORKER' and valid_from <= ?
                   and (valid_to is null or valid_to >= ?)
                 order by valid_from desc, recorded_at desc, involvement_id limit 1""", child, date, date)
                .map(r -> new org.cypf.governance.api.access.AllocatedWorkers.Worker(r.get(0, String.class),
                        r.get(1, String.class))));
    }

    @Override
    public void recordCreatorWithCurrentChange(UUID child, String userId, String organisation, LocalDate date) {
        // No SELECT for the contexts' roles: a conflict with the creator's existing involvement is simply skipped.
        RECORD_CREATOR.execute(CurrentTransaction.dsl(), child, userId, organisation, date, userId);
    }

    @Override
    public void recordCreatorsWithCurrentChange(java.util.Collection<UUID> children, String userId,
                                                String organisation, LocalDate date) {
        if (children.isEmpty()) {
            return;
        }
        // One statement for a file's children (unnest of one array), each skipped where the creator is already involved.
        CurrentTransaction.dsl().execute("""
                insert into governance.involvement (child_id, user_id, organisation, kind, valid_from, recorded_by)
                select c, ?, ?, 'CREATED-RECORD', ?, ? from unnest(?::uuid[]) as c on conflict do nothing""",
                userId, organisation, date, userId, children.toArray(UUID[]::new));
    }

    @Override
    public Involvement record(NewInvolvement i, String recordedBy) {
        return governance.inTransaction(() -> involvement(governance.transactionalDsl().fetchSingle("""
                insert into governance.involvement
                  (child_id, user_id, organisation, kind, team, purpose, valid_from, valid_to, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning *""", i.childId(), i.userId().strip(),
                i.organisation().strip(), i.kind(), i.team(), i.purpose(), i.validFrom(), i.validTo(), recordedBy)));
    }

    @Override
    public List<Involvement> involvements(UUID child, long offset, int size) {
        return governance.inTransaction(() -> governance.transactionalDsl().fetch("""
                select * from governance.involvement where (?::uuid is null or child_id = ?)
                order by recorded_at, involvement_id offset ? limit ?""", child, child, offset, size)
                .map(JooqInvolvementStore::involvement));
    }

    @Override
    public long countInvolvements(UUID child) {
        return governance.inTransaction(() -> governance.transactionalDsl().fetchSingle(
                "select count(*) from governance.involvement where (?::uuid is null or child_id = ?)", child, child)
                .get(0, Long.class));
    }

    @Override
    public java.util.Map<UUID, String> allocatedTeams(LocalDate date) {
        // The latest allocation in force wins when two overlap, as for the allocated worker.
        return governance.inTransaction(() -> governance.transactionalDsl().fetch("""
                select distinct on (child_id) child_id, team from governance.involvement
                where kind = 'ALLOCATED-TEAM' and valid_from <= ? and (valid_to is null or valid_to >= ?)
                order by child_id, valid_from desc, recorded_at desc, involvement_id""", date, date).stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.get(0, UUID.class), r -> r.get(1, String.class))));
    }

    @Override
    public List<BreakGlassUse> openBreakGlass(long offset, int size) {
        return governance.inTransaction(() -> governance.transactionalDsl().fetch(
                USES + " and r.access_id is null order by a.access_id offset ? limit ?", offset, size)
                .map(JooqInvolvementStore::use));
    }

    @Override
    public long countOpenBreakGlass() {
        return governance.inTransaction(() -> governance.transactionalDsl().fetchSingle(
                "select count(*) from (" + USES + " and r.access_id is null) q").get(0, Long.class));
    }

    @Override
    public Optional<BreakGlassUse> breakGlass(long accessId) {
        return governance.inTransaction(() -> governance.transactionalDsl().fetchOptional(USES + " and a.access_id = ?", accessId)
                .map(JooqInvolvementStore::use));
    }

    @Override
    public void closeBreakGlass(long accessId, String reviewer, String reviewerRole, String note) {
        // two reviewers at once: the second waits for the first's row, and is refused as the port says
        governance.run(() -> UniqueViolations.refusedAsConflict(() -> governance.transactionalDsl().execute("""
                insert into governance.break_glass_review (access_id, reviewer, reviewer_role, note)
                values (?, ?, ?, ?)""", accessId, reviewer, reviewerRole, note),
                "break-glass use " + accessId + " was reviewed already"));
    }

    private static Involvement involvement(Record r) {
        OffsetDateTime at = r.get("recorded_at", OffsetDateTime.class);
        return new Involvement(r.get("involvement_id", UUID.class), r.get("child_id", UUID.class),
                r.get("user_id", String.class), r.get("organisation", String.class), r.get("kind", String.class),
                r.get("team", String.class), r.get("purpose", String.class), r.get("valid_from", LocalDate.class),
                r.get("valid_to", LocalDate.class), r.get("recorded_by", String.class), at.toInstant());
    }

    private static BreakGlassUse use(Record r) {
        String purpose = r.get("purpose", String.class);
        OffsetDateTime reviewed = r.get("reviewed_at", OffsetDateTime.class);
        return new BreakGlassUse(r.get("access_id", Long.class), r.get("occurred_at", OffsetDateTime.class).toInstant(),
                r.get("user_id", String.class), r.get("organisation", String.class), r.get("role", String.class),
                r.get("context", String.class), r.get("record_type", String.class), r.get("action", String.class),
                r.get("child_id", UUID.class),
                BreakGlass.reason(purpose),
                r.get("reviewer", String.class), r.get("note", String.class),
                reviewed == null ? null : reviewed.toInstant());
    }
}
