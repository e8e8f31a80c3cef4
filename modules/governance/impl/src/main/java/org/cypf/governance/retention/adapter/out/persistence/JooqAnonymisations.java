package org.cypf.governance.retention.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.retention.domain.Anonymisation;
import org.cypf.governance.retention.port.Anonymisations;
import org.cypf.kernel.problem.Conflict;
import org.cypf.platform.db.CurrentTransaction;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;

/** {@code governance.anonymisation}, in the caller's unit of work. */
public final class JooqAnonymisations implements Anonymisations {

    @Override
    public Optional<Anonymisation> find(UUID id) {
        return CurrentTransaction.dsl().fetchOptional("select * from governance.anonymisation where anonymisation_id = ?", id)
                .map(JooqAnonymisations::anonymisation);
    }

    @Override
    public boolean proposalWaiting(String context, String recordType, UUID recordId) {
        return Boolean.TRUE.equals(CurrentTransaction.dsl().fetchValue("""
                select exists (select 1 from governance.anonymisation
                 where context = ? and record_type = ? and record_id = ? and carried_out_at is null)""",
                context, recordType, recordId));
    }

    @Override
    public void add(Anonymisation a) {
        try {
            insert(a);
        } catch (IntegrityConstraintViolationException e) {
            // anonymisation_one_waiting: a second proposal made while one waits (two proposers at once).
            throw new Conflict("a proposal to anonymise " + a.recordType() + " " + a.recordId() + " is waiting");
        }
    }

    private static void insert(Anonymisation a) {
        CurrentTransaction.dsl().execute("""
                insert into governance.anonymisation (anonymisation_id, context, record_type, record_id, rule, due_on,
                  reason, proposed_by, proposed_by_org, proposed_at)
                values (?, ?, ?, ?, ?, ?::date, ?, ?, ?, ?::timestamptz)""", a.id(), a.context(), a.recordType(), a.recordId(), a.rule(),
                a.dueOn(), a.reason(), a.proposedBy().userId(), a.proposedBy().organisation(), at(a.proposedAt()));
    }

    @Override
    public boolean carriedOut(Anonymisation after) {
        return CurrentTransaction.dsl().execute("""
                update governance.anonymisation set approved_by = ?, approved_by_org = ?, carried_out_at = ?::timestamptz
                 where anonymisation_id = ? and carried_out_at is null""", after.approvedBy().userId(),
                after.approvedBy().organisation(), at(after.carriedOutAt()), after.id()) == 1;
    }

    private static String at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }

    private static Anonymisation anonymisation(Record r) {
        String approver = r.get("approved_by", String.class);
        OffsetDateTime carried = r.get("carried_out_at", OffsetDateTime.class);
        return new Anonymisation(r.get("anonymisation_id", UUID.class), r.get("context", String.class),
                r.get("record_type", String.class), r.get("record_id", UUID.class), r.get("rule", String.class),
                r.get("due_on", LocalDate.class), r.get("reason", String.class),
                new Anonymisation.Person(r.get("proposed_by", String.class), r.get("proposed_by_org", String.class)),
                r.get("proposed_at", OffsetDateTime.class).toInstant(),
                approver == null ? null : new Anonymisation.Person(approver, r.get("approved_by_org", String.class)),
                carried == null ? null : carried.toInstant());
    }
}
