package org.cypf.socialcare.returns.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.impl.DSL;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;
import org.cypf.socialcare.returns.port.Ssda903Headers;

/** The SSDA903 header fields in {@code social_care.child} (ethnicity, mother, mother_child_dob, upn_as_returned). */
public final class JooqSsda903Headers implements Ssda903Headers {
    private final ContextDatabase database;

    public JooqSsda903Headers(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Map<ChildId, ChildHeaderDetails> findAll(Collection<ChildId> children) {
        Map<ChildId, ChildHeaderDetails> found = new HashMap<>();
        if (children.isEmpty()) {
            return found;
        }
        database.transactionalDsl().select(CHILD.CHILD_ID, CHILD.ETHNICITY, CHILD.MOTHER, CHILD.MOTHER_CHILD_DOB,
                        CHILD.UPN_AS_RETURNED)
                .from(CHILD).where(CHILD.CHILD_ID.eq(DSL.any(children.stream().map(ChildId::value).toArray(java.util.UUID[]::new))))
                .and(CHILD.ETHNICITY.isNotNull().or(CHILD.MOTHER.isNotNull()).or(CHILD.MOTHER_CHILD_DOB.isNotNull())
                        .or(CHILD.UPN_AS_RETURNED.isNotNull()))
                .forEach(r -> found.put(ChildId.of(r.value1()), new ChildHeaderDetails(r.value2(), r.value3(), r.value4(),
                        r.value5())));
        return found;
    }

    @Override
    public Map<String, ChildId> childIdsOf(Collection<String> localChildIds) {
        Map<String, ChildId> found = new HashMap<>();
        if (localChildIds.isEmpty()) {
            return found;
        }
        database.transactionalDsl().select(CHILD.LA_CHILD_ID, CHILD.CHILD_ID).from(CHILD)
                .where(CHILD.LA_CHILD_ID.eq(DSL.any(localChildIds.toArray(String[]::new))))
                .forEach(r -> found.put(r.value1(), ChildId.of(r.value2())));
        return found;
    }

    @Override
    public void saveUpn(ChildId child, String upn) {
        database.transactionalDsl().update(CHILD).set(CHILD.UPN, upn)
                .where(CHILD.CHILD_ID.eq(child.value()).and(CHILD.UPN.isNull())).execute();
    }

    @Override
    public void addChildren(List<Map.Entry<org.cypf.socialcare.shared.domain.Child, ChildHeaderDetails>> children) {
        List<Object[]> rows = children.stream().map(e -> {
            var c = e.getKey();
            ChildHeaderDetails d = e.getValue();
            return new Object[] {c.id().value(), c.localChildId(), c.upn() == null ? null : c.upn().value(),
                    c.nhsNumber() == null ? null : c.nhsNumber().value(), c.dateOfBirth(), c.sex(), d.ethnicity(),
                    d.mother(), d.motherChildDob(), d.upnAsReturned()};
        }).toList();
        try {
            org.cypf.socialcare.shared.adapter.out.persistence.BulkInsert.insert(database.transactionalDsl(), CHILD,
                    List.of(CHILD.CHILD_ID, CHILD.LA_CHILD_ID, CHILD.UPN, CHILD.NHS_NUMBER, CHILD.DATE_OF_BIRTH,
                            CHILD.SEX, CHILD.ETHNICITY, CHILD.MOTHER, CHILD.MOTHER_CHILD_DOB, CHILD.UPN_AS_RETURNED),
                    rows);
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            throw new org.cypf.kernel.problem.Conflict(
                    "a child with one of these local child ids was recorded at the same moment; try again");
        }
    }

    @Override
    public void save(ChildId child, ChildHeaderDetails d) {
        database.transactionalDsl().update(CHILD)
                .set(CHILD.ETHNICITY, d.ethnicity())
                .set(CHILD.MOTHER, d.mother())
                .set(CHILD.MOTHER_CHILD_DOB, d.motherChildDob())
                .set(CHILD.UPN_AS_RETURNED, d.upnAsReturned())
                .where(CHILD.CHILD_ID.eq(child.value()))
                .execute();
    }
}
