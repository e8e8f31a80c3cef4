package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.UNACCOMPANIED_ASYLUM_SEEKER;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.lookedafter.domain.UnaccompaniedAsylumSeeker;
import org.cypf.socialcare.lookedafter.port.UascRecords;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.UnaccompaniedAsylumSeekerRecord;
import org.jooq.impl.DSL;

/** Unaccompanied asylum-seeking children in {@code social_care.unaccompanied_asylum_seeker}. */
public final class JooqUascRecords implements UascRecords {
    private final ContextDatabase database;

    public JooqUascRecords(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<UnaccompaniedAsylumSeeker> find(ChildId child) {
        return database.transactionalDsl().selectFrom(UNACCOMPANIED_ASYLUM_SEEKER)
                .where(UNACCOMPANIED_ASYLUM_SEEKER.CHILD_ID.eq(child.value())).fetchOptional(JooqUascRecords::record);
    }

    @Override
    public Map<ChildId, UnaccompaniedAsylumSeeker> findAll(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return Map.of();
        }
        // One array parameter, not one per id: an export's children outnumber PostgreSQL's 65,535 bind values.
        UUID[] ids = children.stream().map(ChildId::value).toArray(UUID[]::new);
        return database.transactionalDsl().selectFrom(UNACCOMPANIED_ASYLUM_SEEKER)
                .where(UNACCOMPANIED_ASYLUM_SEEKER.CHILD_ID.eq(DSL.any(ids)))
                .fetch(JooqUascRecords::record).stream()
                .collect(Collectors.toMap(UnaccompaniedAsylumSeeker::childId, Function.identity()));
    }

    @Override
    public void save(UnaccompaniedAsylumSeeker after, long expectedVersion) {
        var dsl = database.transactionalDsl();
        int updated = dsl.update(UNACCOMPANIED_ASYLUM_SEEKER)
                .set(UNACCOMPANIED_ASYLUM_SEEKER.DATE_CEASED, after.dateCeased())
                .set(UNACCOMPANIED_ASYLUM_SEEKER.VERSION, after.version())
                .where(UNACCOMPANIED_ASYLUM_SEEKER.CHILD_ID.eq(after.childId().value())
                        .and(UNACCOMPANIED_ASYLUM_SEEKER.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 1) {
            return;
        }
        int inserted = expectedVersion != 0 ? 0 : dsl.insertInto(UNACCOMPANIED_ASYLUM_SEEKER)
                .set(UNACCOMPANIED_ASYLUM_SEEKER.CHILD_ID, after.childId().value())
                .set(UNACCOMPANIED_ASYLUM_SEEKER.DATE_CEASED, after.dateCeased())
                .set(UNACCOMPANIED_ASYLUM_SEEKER.VERSION, after.version())
                .onConflictDoNothing()
                .execute();
        if (inserted != 1) {
            throw new StaleVersion("the child's UASC record", expectedVersion);
        }
    }

    private static UnaccompaniedAsylumSeeker record(UnaccompaniedAsylumSeekerRecord r) {
        return UnaccompaniedAsylumSeeker.rebuild(ChildId.of(r.getChildId()), r.getDateCeased(), r.getVersion());
    }
}
