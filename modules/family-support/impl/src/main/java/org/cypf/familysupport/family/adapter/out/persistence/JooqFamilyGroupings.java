package org.cypf.familysupport.family.adapter.out.persistence;

import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.FAMILY_CHILD;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.familysupport.family.domain.Family;
import org.cypf.familysupport.family.port.FamilyGroupings;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.FamilyId;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.impl.DSL;

/** {@code family_support.family_child}: one row per child in a family grouping, at its position. */
public final class JooqFamilyGroupings implements FamilyGroupings {
    private final ContextDatabase database;

    public JooqFamilyGroupings(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Family> find(FamilyId id, boolean forUpdate) {
        var f = FAMILY_CHILD;
        var select = database.transactionalDsl().selectFrom(f).where(f.FAMILY_ID.eq(id.value())).orderBy(f.POSITION);
        List<Family.Member> members = (forUpdate ? select.forUpdate() : select)
                .fetch(r -> new Family.Member(ChildId.of(r.getChildId()), r.getAddedOn()));
        return members.isEmpty() ? Optional.empty() : Optional.of(Family.stored(id, members));
    }

    @Override
    public Map<ChildId, FamilyId> familiesOf(Collection<ChildId> children) {
        var f = FAMILY_CHILD;
        List<UUID> ids = children.stream().map(ChildId::value).toList();
        return database.transactionalDsl().select(f.CHILD_ID, f.FAMILY_ID).from(f).where(f.CHILD_ID.eq(DSL.any(ids.toArray(UUID[]::new))))
                .fetch().stream().collect(Collectors.toMap(r -> ChildId.of(r.value1()), r -> FamilyId.of(r.value2())));
    }

    /**
     * Deletes the family's rows and writes them again at positions counted from 0: a removal leaves no gap, so
     * {@link #store}, which counts the rows stored, adds the next child at the next free position. The rows were
     * locked by {@link #find} for update.
     */
    @Override
    public void replace(Family family) {
        var dsl = database.transactionalDsl();
        var f = FAMILY_CHILD;
        dsl.deleteFrom(f).where(f.FAMILY_ID.eq(family.id().value())).execute();
        List<Family.Member> members = family.children();
        for (int position = 0; position < members.size(); position++) {
            Family.Member m = members.get(position);
            dsl.insertInto(f).set(f.FAMILY_ID, family.id().value()).set(f.POSITION, position)
                    .set(f.CHILD_ID, m.child().value()).set(f.ADDED_ON, m.addedOn()).execute();
        }
    }

    @Override
    public boolean store(Family family) {
        var dsl = database.transactionalDsl();
        var f = FAMILY_CHILD;
        int stored = dsl.fetchCount(f, f.FAMILY_ID.eq(family.id().value()));
        List<Family.Member> members = family.children();
        for (int position = stored; position < members.size(); position++) {
            Family.Member m = members.get(position);
            int inserted = dsl.insertInto(f).set(f.FAMILY_ID, family.id().value()).set(f.POSITION, position)
                    .set(f.CHILD_ID, m.child().value()).set(f.ADDED_ON, m.addedOn())
                    .onConflict(f.CHILD_ID).doNothing().execute();
            if (inserted == 0) {
                return false;
            }
        }
        return true;
    }
}
