package canary.data01.socialcare.casework.application;

import canary.data01.socialcare.shared.adapter.out.persistence.jooq.tables.ChildCase;

/** Breach: social care's own use case uses the generated table class instead of a port. */
public class BreachServiceUsesGeneratedTable {
    public Object table() {
        return ChildCase.CHILD_CASE;
    }
}
