package org.cypf.socialcare.returns.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.socialcare.shared.domain.Child;
import org.jooq.exception.DataAccessException;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.impl.DSL;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;
import org.cypf.socialcare.returns.port.Ssda903Headers;

/** The SSDA903 header fields in {@code social_care.child} (ethnicity, mother, mother_child_dob, upn_as_returned). */
public final class JooqSsda903Headers implements Ssda903Headers {
    /** Rows fetched from the cursor at a time when a year's children are read. */
    private static final int FETCH = 5_000;

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
    public Map<ChildId, Map.Entry<Child, ChildHeaderDetails>> withDetails(Collection<ChildId> children) {
        Map<ChildId, Map.Entry<Child, ChildHeaderDetails>> found = new HashMap<>();
        if (children.isEmpty()) {
            return found;
        }
        // Read from JDBC by position, the child and the header fields of one row together (not two queries of the
        // same rows); the child is rebuilt as JooqChildren rebuilds it.
        try (ResultSet rs = database.transactionalDsl().select(CHILD.CHILD_ID, CHILD.LA_CHILD_ID, CHILD.UPN,
                        CHILD.NHS_NUMBER, CHILD.DATE_OF_BIRTH, CHILD.SEX, CHILD.ETHNICITY, CHILD.MOTHER,
                        CHILD.MOTHER_CHILD_DOB, CHILD.UPN_AS_RETURNED)
                .from(CHILD).where(CHILD.CHILD_ID.eq(DSL.any(children.stream().map(ChildId::value).toArray(UUID[]::new))))
                .fetchSize(FETCH)
                .fetchResultSet()) {
            while (rs.next()) {
                String upn = rs.getString(3);
                String nhs = rs.getString(4);
                Child child = new Child(ChildId.of(rs.getObject(1, UUID.class)), rs.getString(2),
                        upn == null ? null : UniquePupilNumber.parse(upn), nhs == null ? null : NhsNumber.parse(nhs),
                        rs.getObject(5, LocalDate.class), rs.getString(6));
                String ethnicity = rs.getString(7);
                String mother = rs.getString(8);
                LocalDate motherChildDob = rs.getObject(9, LocalDate.class);
                String upnAsReturned = rs.getString(10);
                ChildHeaderDetails details = ethnicity == null && mother == null && motherChildDob == null
                        && upnAsReturned == null ? ChildHeaderDetails.NONE
                        : new ChildHeaderDetails(ethnicity, mother, motherChildDob, upnAsReturned);
                found.put(child.id(), Map.entry(child, details));
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading children with their SSDA903 header details failed", e);
        }
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
