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
        return BY_LOCAL_ID.fetch(database.transactionalDsl(), localChildId).into(CHILD).stream()
                .map(JooqChildren::child).findFirst();
    }

    /** Asked by every record that names a child by the authority's own id: rendered once (ADR 0125). */
    private static final RenderedQuery<ChildRecord> BY_LOCAL_ID = RenderedQuery.select(DSL.selectFrom(CHILD)
            .where(CHILD.LA_CHILD_ID.eq(DSL.param("localChildId", String.class))), "localChildId");

    /** Read on every read of a child's records: rendered once (ADR 0125). */
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
        INSERT.execute(database.transactionalDsl(), child.id().value(), child.localChildId(),
                child.upn() == null ? null : child.upn().value(),
                child.nhsNumber() == null ? null : child.nhsNumber().value(), child.dateOfBirth(), child.sex());
    }

    private static final RenderedQuery<org.jooq.Record> INSERT = RenderedQuery.statement(DSL.insertInto(CHILD)
            .set(CHILD.CHILD_ID, DSL.param("child", UUID.class))
            .set(CHILD.LA_CHILD_ID, DSL.param("localChildId", String.class))
            .set(CHILD.UPN, DSL.param("upn", String.class))
            .set(CHILD.NHS_NUMBER, DSL.param("nhsNumber", String.class))
            .set(CHILD.DATE_OF_BIRTH, DSL.param("dateOfBirth", java.time.LocalDate.class))
            .set(CHILD.SEX, DSL.param("sex", String.class)),
            "child", "localChildId", "upn", "nhsNumber", "dateOfBirth", "sex");

    private static Child child(ChildRecord r) {
        return new Child(ChildId.of(r.getChildId()), r.getLaChildId(),
                r.getUpn() == null ? null : UniquePupilNumber.parse(r.getUpn()),
                r.getNhsNumber() == null ? null : NhsNumber.parse(r.getNhsNumber()),
                r.getDateOfBirth(), r.getSex());
    }
}
