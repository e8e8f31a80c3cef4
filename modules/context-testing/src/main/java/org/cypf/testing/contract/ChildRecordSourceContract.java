package org.cypf.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.governance.api.access.HeldRecord;
import org.cypf.kernel.identity.ChildId;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of governance's {@link ChildRecordSource} port must do (ADR 0032, ADR 0097): each
 * context's source, reading its own stores on PostgreSQL, passes it; a partner who answers subject access from a
 * system of its own runs the same suite.
 *
 * <p>The promises: the source names its context, and so does every record it gives; a child it holds nothing about has
 * no records; a record kept about a child through the context's own store is among the child's records, and never
 * among another child's; reading is a reading, in a stable order (the same records, in the same order, twice).
 */
public abstract class ChildRecordSourceContract {

    /** The source under test, over the stores {@link #recordAbout} writes to. */
    protected abstract ChildRecordSource source();

    /** The context the source names, e.g. {@code social-care}. */
    protected abstract String context();

    /** A child the context knows (its child record stored first where its stores need one), with nothing else kept. */
    protected abstract ChildId aChild();

    /** Keeps one record about {@code child} through the context's own store. */
    protected abstract void recordAbout(ChildId child);

    @Test
    public void the_source_and_every_record_it_gives_name_its_context() {
        ChildId child = aChild();
        recordAbout(child);
        assertEquals(context(), source().context());
        List<HeldRecord> records = source().recordsOf(child);
        assertFalse(records.isEmpty(), "the record kept is given");
        for (HeldRecord r : records) {
            assertEquals(context(), r.context(), r.recordType());
            assertFalse(r.recordType().isBlank(), "a record says what kind it is");
        }
    }

    @Test
    public void a_child_it_holds_nothing_about_has_no_records() {
        assertEquals(List.of(), source().recordsOf(ChildId.newId()));
    }

    @Test
    public void a_record_kept_about_a_child_is_among_its_records_and_never_another_childs() {
        ChildId child = aChild();
        ChildId other = aChild();
        recordAbout(other);
        List<HeldRecord> othersBefore = source().recordsOf(other);
        int before = source().recordsOf(child).size();

        recordAbout(child);

        assertTrue(source().recordsOf(child).size() > before, "the child's records grew by the one kept");
        assertEquals(othersBefore, source().recordsOf(other), "another child's records are unchanged");
        String childsId = child.value().toString();
        for (HeldRecord r : source().recordsOf(other)) {
            r.fields().forEach((name, value) -> assertFalse(value != null && value.contains(childsId),
                    r.recordType() + "." + name + " names another child"));
        }
    }

    @Test
    public void reading_twice_gives_the_same_records_in_the_same_order() {
        ChildId child = aChild();
        recordAbout(child);
        recordAbout(child);
        assertEquals(source().recordsOf(child), source().recordsOf(child));
    }
}
