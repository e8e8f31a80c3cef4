package org.cypf.governance.retention.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.retention.domain.Anonymisation;
import org.cypf.governance.retention.domain.LegalHold;
import org.cypf.governance.retention.port.LegalHoldStore;
import org.cypf.platform.db.CurrentTransaction;
import org.jooq.Record;

/** {@code governance.legal_hold}, in the caller's unit of work. */
public final class JooqLegalHolds implements LegalHoldStore {

    @Override
    public void lockAgainstAnonymisation() {
        CurrentTransaction.dsl().fetch("select pg_advisory_xact_lock(hashtext('governance.legal_hold'))");
    }

    @Override
    public Set<UUID> heldChildren() {
        return new HashSet<>(CurrentTransaction.dsl()
                .fetch("select distinct child_id from governance.legal_hold where lifted_at is null")
                .getValues(0, UUID.class));
    }

    @Override
    public Optional<LegalHold> find(UUID id) {
        return CurrentTransaction.dsl().fetchOptional("select * from governance.legal_hold where hold_id = ?", id)
                .map(JooqLegalHolds::hold);
    }

    @Override
    public void add(LegalHold h) {
        CurrentTransaction.dsl().execute("""
                insert into governance.legal_hold (hold_id, child_id, authority, reason, placed_by, placed_by_org, placed_at)
                values (?, ?, ?, ?, ?, ?, ?::timestamptz)""", h.id(), h.childId(), h.authority(), h.reason(),
                h.placedBy().userId(), h.placedBy().organisation(), at(h.placedAt()));
    }

    @Override
    public boolean lifted(LegalHold h) {
        return CurrentTransaction.dsl().execute("""
                update governance.legal_hold set lifted_by = ?, lifted_by_org = ?, lifted_at = ?::timestamptz, lift_reason = ?
                 where hold_id = ? and lifted_at is null""", h.liftedBy().userId(), h.liftedBy().organisation(),
                at(h.liftedAt()), h.liftReason(), h.id()) == 1;
    }

    @Override
    public List<LegalHold> page(boolean lifted, long offset, int limit) {
        return CurrentTransaction.dsl().fetch("select * from governance.legal_hold where ? or lifted_at is null"
                + " order by lifted_at is not null, placed_at, hold_id offset ? limit ?", lifted, offset, limit)
                .map(JooqLegalHolds::hold);
    }

    @Override
    public long count(boolean lifted) {
        return CurrentTransaction.dsl().fetchSingle("select count(*) from governance.legal_hold where ? or lifted_at is null",
                lifted).get(0, Long.class);
    }

    private static String at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }

    private static LegalHold hold(Record r) {
        String lifter = r.get("lifted_by", String.class);
        OffsetDateTime liftedAt = r.get("lifted_at", OffsetDateTime.class);
        return new LegalHold(r.get("hold_id", UUID.class), r.get("child_id", UUID.class), r.get("authority", String.class),
                r.get("reason", String.class),
                new Anonymisation.Person(r.get("placed_by", String.class), r.get("placed_by_org", String.class)),
                r.get("placed_at", OffsetDateTime.class).toInstant(),
                lifter == null ? null : new Anonymisation.Person(lifter, r.get("lifted_by_org", String.class)),
                liftedAt == null ? null : liftedAt.toInstant(), r.get("lift_reason", String.class));
    }
}
