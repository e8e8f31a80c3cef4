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
                .from(CHILD).where(CHILD.CHILD_ID.in(children.stream().map(ChildId::value).toList()))
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
    public void saveAll(Map<ChildId, ChildHeaderDetails> details) {
        if (details.isEmpty()) {
            return;
        }
        // One UPDATE ... FROM (VALUES ...) per thousand children instead of one UPDATE a child.
        var dsl = database.transactionalDsl();
        List<Map.Entry<ChildId, ChildHeaderDetails>> all = List.copyOf(details.entrySet());
        for (int from = 0; from < all.size(); from += 1_000) {
            List<Map.Entry<ChildId, ChildHeaderDetails>> chunk = all.subList(from, Math.min(all.size(), from + 1_000));
            StringBuilder sql = new StringBuilder("update social_care.child c set ethnicity = v.ethnicity, mother = "
                    + "v.mother, mother_child_dob = v.mother_child_dob, upn_as_returned = v.upn_as_returned from (values ");
            List<Object> binds = new java.util.ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                ChildHeaderDetails d = chunk.get(i).getValue();
                sql.append(i == 0 ? "" : ", ").append("(?::uuid, ?::text, ?::text, ?::date, ?::text)");
                binds.add(chunk.get(i).getKey().value());
                binds.add(d.ethnicity());
                binds.add(d.mother());
                binds.add(d.motherChildDob());
                binds.add(d.upnAsReturned());
            }
            sql.append(") as v (child_id, ethnicity, mother, mother_child_dob, upn_as_returned) "
                    + "where c.child_id = v.child_id");
            dsl.execute(sql.toString(), binds.toArray());
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
