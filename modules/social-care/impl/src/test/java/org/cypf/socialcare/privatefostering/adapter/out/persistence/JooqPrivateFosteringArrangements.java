package org.cypf.socialcare.privatefostering.adapter.out.persistence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.privatefostering.domain.PrivateFosteringArrangement;
import org.cypf.socialcare.privatefostering.port.PrivateFosteringArrangements;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Private fostering arrangements in {@code social_care.private_fostering_arrangement}. The example's table is made by
 * its test, not by a real migration, so jOOQ generated no class for it and it is named here; a real capability uses
 * the generated {@code Tables.PRIVATE_FOSTERING_ARRANGEMENT} instead.
 */
public final class JooqPrivateFosteringArrangements implements PrivateFosteringArrangements {
    static final Table<Record> ARRANGEMENT = DSL.table(DSL.name("private_fostering_arrangement"));
    static final Field<UUID> ARRANGEMENT_ID = DSL.field(DSL.name("arrangement_id"), UUID.class);
    static final Field<UUID> CHILD_ID = DSL.field(DSL.name("child_id"), UUID.class);
    static final Field<LocalDate> START_DATE = DSL.field(DSL.name("start_date"), LocalDate.class);
    static final Field<LocalDate> END_DATE = DSL.field(DSL.name("end_date"), LocalDate.class);
    static final Field<Long> VERSION = DSL.field(DSL.name("version"), Long.class);

    private final ContextDatabase database;

    public JooqPrivateFosteringArrangements(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<PrivateFosteringArrangement> find(UUID arrangementId) {
        return database.transactionalDsl().select(ARRANGEMENT_ID, CHILD_ID, START_DATE, END_DATE, VERSION)
                .from(ARRANGEMENT).where(ARRANGEMENT_ID.eq(arrangementId))
                .fetchOptional(r -> PrivateFosteringArrangement.rebuild(r.value1(), ChildId.of(r.value2()), r.value3(),
                        r.value4(), r.value5()));
    }

    @Override
    public void add(PrivateFosteringArrangement a) {
        database.transactionalDsl().insertInto(ARRANGEMENT)
                .set(ARRANGEMENT_ID, a.id())
                .set(CHILD_ID, a.childId().value())
                .set(START_DATE, a.start())
                .set(VERSION, a.version())
                .execute();
    }

    @Override
    public void update(PrivateFosteringArrangement after, long expectedVersion) {
        int updated = database.transactionalDsl().update(ARRANGEMENT)
                .set(END_DATE, after.end())
                .set(VERSION, after.version())
                .where(ARRANGEMENT_ID.eq(after.id()).and(VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the private fostering arrangement", expectedVersion);
        }
    }
}
