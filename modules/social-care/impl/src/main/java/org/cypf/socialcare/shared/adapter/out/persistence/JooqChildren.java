package org.cypf.socialcare.shared.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.RenderedQuery;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.ChildRecord;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.port.Children;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** Children in {@code social_care.child}. */
public final class JooqChildren implements Children {
    private final ContextDatabase database;

    public JooqChildren(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Child> findByLocalChildId(String localChildId) {
        return database.transactionalDsl().selectFrom(CHILD).where(CHILD.LA_CHILD_ID.eq(localChildId))
                .fetchOptional(JooqChildren::child);
    }

    /** Read on every read of a child's records: rendered once (ADR 0124). */
    private static final RenderedQuery<ChildRecord> ALL_OF = RenderedQuery.select(DSL.selectFrom(CHILD)
            .where(CHILD.CHILD_ID.eq(DSL.any(DSL.param("children", UUID[].class)))), "children");

    @Override
    public Map<ChildId, Child> findAll(Collection<ChildId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // One array parameter, not one per id: an export's children outnumber PostgreSQL's 65,535 bind values.
        UUID[] values = ids.stream().map(ChildId::value).toArray(UUID[]::new);
        return ALL_OF.fetch(database.transactionalDsl(), (Object) values).into(CHILD).stream()
                .map(JooqChildren::child)
                .collect(Collectors.toMap(Child::id, Function.identity()));
    }

    @Override
    public void add(Child child) {
        try {
            insert(child);
        } catch (IntegrityConstraintViolationException e) {
            // child_la_child_id_key: a concurrent request recorded the same child first.
            throw new Conflict("a child with this local child id was recorded at the same moment; try again");
        }
    }

    private void insert(Child child) {
        database.transactionalDsl().insertInto(CHILD)
                .set(CHILD.CHILD_ID, child.id().value())
                .set(CHILD.LA_CHILD_ID, child.localChildId())
                .set(CHILD.UPN, child.upn() == null ? null : child.upn().value())
                .set(CHILD.NHS_NUMBER, child.nhsNumber() == null ? null : child.nhsNumber().value())
                .set(CHILD.DATE_OF_BIRTH, child.dateOfBirth())
                .set(CHILD.SEX, child.sex())
                .execute();
    }

    private static Child child(ChildRecord r) {
        return new Child(ChildId.of(r.getChildId()), r.getLaChildId(),
                r.getUpn() == null ? null : UniquePupilNumber.parse(r.getUpn()),
                r.getNhsNumber() == null ? null : NhsNumber.parse(r.getNhsNumber()),
                r.getDateOfBirth(), r.getSex());
    }
}
