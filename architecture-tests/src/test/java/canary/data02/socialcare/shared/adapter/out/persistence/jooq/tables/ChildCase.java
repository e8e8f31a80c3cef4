package canary.data02.socialcare.shared.adapter.out.persistence.jooq.tables;

import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

/** Allowed: a table class where the generator puts it. */
public class ChildCase extends TableImpl<Record> {
    public ChildCase() {
        super(DSL.name("child_case"));
    }
}
