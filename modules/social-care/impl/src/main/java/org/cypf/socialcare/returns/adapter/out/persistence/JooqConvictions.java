package org.cypf.socialcare.returns.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CONVICTED_IN_YEAR;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.returns.port.Convictions;
import org.jooq.impl.DSL;

/** CONVICTED in {@code social_care.convicted_in_year}, one row a child and collection year. */
public final class JooqConvictions implements Convictions {
    private final ContextDatabase database;

    public JooqConvictions(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public void save(ChildId child, int collectionYear, boolean convicted) {
        database.transactionalDsl().insertInto(CONVICTED_IN_YEAR)
                .set(CONVICTED_IN_YEAR.CHILD_ID, child.value())
                .set(CONVICTED_IN_YEAR.COLLECTION_YEAR, collectionYear)
                .set(CONVICTED_IN_YEAR.CONVICTED, convicted)
                .onConflict(CONVICTED_IN_YEAR.CHILD_ID, CONVICTED_IN_YEAR.COLLECTION_YEAR)
                .doUpdate().set(CONVICTED_IN_YEAR.CONVICTED, convicted)
                .execute();
    }

    @Override
    public Map<ChildId, Boolean> forYear(int collectionYear, Collection<ChildId> children) {
        Map<ChildId, Boolean> found = new HashMap<>();
        if (children.isEmpty()) {
            return found;
        }
        database.transactionalDsl().select(CONVICTED_IN_YEAR.CHILD_ID, CONVICTED_IN_YEAR.CONVICTED)
                .from(CONVICTED_IN_YEAR)
                .where(CONVICTED_IN_YEAR.COLLECTION_YEAR.eq(collectionYear))
                // One array parameter, not one per child: a national OC2 cohort nears PostgreSQL's 65,535 bind values.
                .and(CONVICTED_IN_YEAR.CHILD_ID.eq(DSL.any(children.stream().map(ChildId::value).toArray(UUID[]::new))))
                .forEach(r -> found.put(ChildId.of(r.value1()), r.value2()));
        return found;
    }
}
