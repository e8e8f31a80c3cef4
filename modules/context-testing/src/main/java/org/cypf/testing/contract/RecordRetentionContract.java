package org.cypf.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of governance's {@link RecordRetention} port must do (ADR 0034, ADR 0037, ADR 0097): each
 * context's {@code JooqRecordRetention} over its own schema on PostgreSQL passes it (family support's and education's
 * run it); a context kept elsewhere runs the same suite.
 *
 * <p>The promises: a record is due on its due date and after, not the day before, and {@link RecordRetention#countDue}
 * counts what {@link RecordRetention#due} lists; the list is ordered by due date, record type and id (an id's text:
 * PostgreSQL's order of uuids), and paged in that order; a record names the source's context; a record of a held child
 * is listed held, and anonymising it answers it held and changes nothing; anonymising a due record answers it and it
 * is due no more; anonymising it again answers it again and changes nothing; a record not yet due, or one the context
 * does not hold, is not anonymised.
 *
 * <p>The suite makes its own records through {@link #recordOneDueRecordOf}, one child each, so it runs over a store
 * that holds others: it asserts only about its own records and about what changes.
 */
public abstract class RecordRetentionContract {

    /** The port under test, over a store the suite adds records to through {@link #recordOneDueRecordOf}. */
    protected abstract RecordRetention retention();

    /**
     * Records, through the context's own store, one record of {@code child} (a partnership child id) whose retention
     * period ends on or before {@link #dueBy()}: a closed one, so that it becomes due.
     */
    protected abstract void recordOneDueRecordOf(UUID child);

    /** A day on which every record {@link #recordOneDueRecordOf} makes is due. */
    protected LocalDate dueBy() {
        return LocalDate.of(2200, 1, 1);
    }

    /** Ids in the order of their text (PostgreSQL's order of uuids), not {@link UUID#compareTo}'s signed halves. */
    private static final Comparator<DueRecord> ORDER = Comparator.comparing(DueRecord::dueOn)
            .thenComparing(DueRecord::recordType).thenComparing(r -> r.recordId().toString());

    /** Everything due on {@code date}, read in pages of 50. */
    private List<DueRecord> allDue(LocalDate date, Set<UUID> held) {
        List<DueRecord> all = new ArrayList<>();
        for (int offset = 0; ; offset += 50) {
            List<DueRecord> page = retention().due(date, held, offset, 50);
            all.addAll(page);
            if (page.size() < 50) {
                return all;
            }
        }
    }

    /** Makes one record of a new child and finds it: the only record listed held when only that child is held. */
    private DueRecord madeRecord(UUID child) {
        recordOneDueRecordOf(child);
        List<DueRecord> held = allDue(dueBy(), Set.of(child)).stream().filter(DueRecord::held).toList();
        assertEquals(1, held.size(),
                "the one record made for the child is due by " + dueBy() + ", listed held: " + held);
        return held.getFirst();
    }

    private static DueRecord unheld(DueRecord record) {
        return new DueRecord(record.context(), record.recordType(), record.recordId(), record.dueOn(), record.rule(),
                false);
    }

    @Test
    public void a_record_is_due_on_its_due_date_and_after_but_not_the_day_before() {
        DueRecord made = unheld(madeRecord(UUID.randomUUID()));
        LocalDate dueOn = made.dueOn();

        assertEquals(retention().context(), made.context(), "a record names the source's context");
        assertEquals(Optional.of(made), retention().dueRecord(made.recordType(), made.recordId(), dueOn, Set.of()));
        assertEquals(Optional.of(made),
                retention().dueRecord(made.recordType(), made.recordId(), dueOn.plusYears(1), Set.of()));
        assertEquals(Optional.empty(),
                retention().dueRecord(made.recordType(), made.recordId(), dueOn.minusDays(1), Set.of()));
        assertTrue(allDue(dueOn, Set.of()).contains(made), "listed on its due date");
        assertFalse(allDue(dueOn.minusDays(1), Set.of()).contains(made), "not listed the day before");
    }

    @Test
    public void count_due_counts_what_due_lists() {
        madeRecord(UUID.randomUUID());
        madeRecord(UUID.randomUUID());

        for (LocalDate date : List.of(dueBy(), dueBy().minusYears(100), LocalDate.of(2000, 1, 1))) {
            assertEquals(allDue(date, Set.of()).size(), retention().countDue(date), "on " + date);
        }
    }

    @Test
    public void due_is_ordered_by_due_date_record_type_and_id_and_paged_in_that_order() {
        for (int i = 0; i < 3; i++) {
            madeRecord(UUID.randomUUID());
        }

        List<DueRecord> all = allDue(dueBy(), Set.of());
        assertTrue(all.size() >= 3);
        assertEquals(all.stream().sorted(ORDER).toList(), all, "by due date, record type and id");
        List<DueRecord> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 2) {
            List<DueRecord> page = retention().due(dueBy(), Set.of(), offset, 2);
            assertTrue(page.size() <= 2, "at most the limit");
            paged.addAll(page);
        }
        assertEquals(all, paged, "the pages, one after another, are the list");
        assertEquals(List.of(), retention().due(dueBy(), Set.of(), all.size(), 2), "nothing after the last");
    }

    @Test
    public void a_record_of_a_held_child_is_listed_held_and_never_anonymised() {
        UUID child = UUID.randomUUID();
        DueRecord held = madeRecord(child);
        DueRecord other = unheld(madeRecord(UUID.randomUUID()));

        assertTrue(held.held());
        assertEquals(Optional.of(held),
                retention().dueRecord(held.recordType(), held.recordId(), dueBy(), Set.of(child)));
        assertTrue(allDue(dueBy(), Set.of(child)).contains(other), "another child's record is not held");
        long count = retention().countDue(dueBy());

        assertEquals(Optional.of(held),
                retention().anonymise(held.recordType(), held.recordId(), dueBy(), Set.of(child)), "answered held");
        assertEquals(count, retention().countDue(dueBy()), "nothing anonymised");
        assertEquals(Optional.of(unheld(held)),
                retention().dueRecord(held.recordType(), held.recordId(), dueBy(), Set.of()), "still due");
    }

    @Test
    public void a_record_anonymised_is_answered_and_no_longer_due() {
        DueRecord made = unheld(madeRecord(UUID.randomUUID()));
        long count = retention().countDue(dueBy());

        assertEquals(Optional.of(made), retention().anonymise(made.recordType(), made.recordId(), dueBy(), Set.of()));

        assertEquals(count - 1, retention().countDue(dueBy()));
        assertEquals(Optional.empty(), retention().dueRecord(made.recordType(), made.recordId(), dueBy(), Set.of()));
        assertFalse(allDue(dueBy(), Set.of()).contains(made), "no longer listed");
    }

    @Test
    public void anonymising_again_answers_the_record_and_changes_nothing() {
        DueRecord made = unheld(madeRecord(UUID.randomUUID()));
        retention().anonymise(made.recordType(), made.recordId(), dueBy(), Set.of());
        List<DueRecord> due = allDue(dueBy(), Set.of());

        assertEquals(Optional.of(made), retention().anonymise(made.recordType(), made.recordId(), dueBy(), Set.of()),
                "answered again, so an approval retried after a failure completes");
        assertEquals(due, allDue(dueBy(), Set.of()), "nothing else changed");
        assertEquals(due.size(), retention().countDue(dueBy()));
    }

    @Test
    public void a_record_not_yet_due_or_not_held_by_the_context_is_not_anonymised() {
        DueRecord made = unheld(madeRecord(UUID.randomUUID()));

        assertEquals(Optional.empty(),
                retention().anonymise(made.recordType(), made.recordId(), made.dueOn().minusDays(1), Set.of()));
        assertEquals(Optional.of(made), retention().dueRecord(made.recordType(), made.recordId(), dueBy(), Set.of()),
                "still due");
        UUID unknown = UUID.randomUUID();
        assertEquals(Optional.empty(), retention().dueRecord(made.recordType(), unknown, dueBy(), Set.of()));
        assertEquals(Optional.empty(), retention().anonymise(made.recordType(), unknown, dueBy(), Set.of()));
    }
}
