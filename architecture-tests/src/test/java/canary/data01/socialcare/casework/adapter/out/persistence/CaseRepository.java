package canary.data01.socialcare.casework.adapter.out.persistence;

import canary.data01.socialcare.shared.adapter.out.persistence.jooq.tables.ChildCase;

/** Allowed: the owning context's persistence adapter uses its generated classes. */
public class CaseRepository {
    public Object table() {
        return ChildCase.CHILD_CASE;
    }
}
