package canary.data02.platform.events;

import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

/** Breach: a table class outside every context's generated code. */
public class BreachHandWrittenOutboxTable extends TableImpl<Record> {
    public BreachHandWrittenOutboxTable() {
        super(DSL.name("outbox"));
    }
}
