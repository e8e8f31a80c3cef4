package canary.data01.educationskills.virtualschool.adapter.out.persistence;

import canary.data01.socialcare.shared.adapter.out.persistence.jooq.tables.ChildCase;

/** Breach: education's persistence adapter reads social care's tables. */
public class BreachReadsSocialCareTables {
    public Object table() {
        return ChildCase.CHILD_CASE;
    }
}
