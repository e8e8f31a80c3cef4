package org.cypf.healthwellbeing.childrenincare.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.healthwellbeing.childrenincare.domain.CareHealthRecord;
import org.cypf.healthwellbeing.childrenincare.domain.CareHealthRecord.HealthCheck;
import org.cypf.healthwellbeing.childrenincare.domain.CheckKind;
import org.cypf.healthwellbeing.childrenincare.port.CareHealthRecords.InitialAssessmentDue;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * What every store of children in care's health records must do (ADR 0097, the record stores' suites): CYPF's jOOQ
 * adapter passes it on PostgreSQL; an integrator's store of the same records runs it too.
 *
 * <p>The promises: a record added is read back whole (its checks in the order recorded, with every field) by its id
 * and by its period of care, and an id or period that names none finds nothing; adding a record under an id already
 * held, or for a period of care that has one, is refused with {@link Conflict} and leaves the held record as it was; a
 * change is stored only from the version it was made from, and one from a stale version is refused with
 * {@link StaleVersion} and stores nothing; a child's records are read oldest period first, and several children's in
 * one read, each child's oldest first; the initial health assessment falls due 20 working days after entering care
 * (bank holidays skipped) and the records still awaiting it are listed earliest due first, a page at a time with the
 * total, and counted per team with those due before the day as overdue; the records are listed next assessment due
 * first; every list shows the children the scope gives, none for an empty scope and every child for the whole
 * partnership; what a unit of work stored is gone when it rolls back; of two writers at once from one version, or for
 * one period of care, one is stored and the other refused. Each test works on children of its own, so tests sharing a
 * store never meet.
 */
public abstract class CareHealthRecordsContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    /** The calendar the application opens records with: the due dates are the domain's, whatever the store. */
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.england();
    private static final LocalDate UNDER_FIVE = LocalDate.of(2021, 3, 1);
    private static final LocalDate OVER_FIVE = LocalDate.of(2015, 5, 5);

    protected abstract CareHealthRecords records();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static CareHealthRecord opened(ChildId child, LocalDate dateOfBirth, LocalDate enteredCareOn) {
        return CareHealthRecord.open(UUID.randomUUID(), child, UUID.randomUUID(), dateOfBirth, enteredCareOn, CALENDAR)
                .after();
    }

    private CareHealthRecord added(CareHealthRecord record) {
        inUnitOfWork(() -> records().add(record));
        return record;
    }

    private CareHealthRecord entered(ChildId child, LocalDate dateOfBirth, LocalDate enteredCareOn) {
        return added(opened(child, dateOfBirth, enteredCareOn));
    }

    private CareHealthRecord store(CareHealthRecord before, UnaryOperator<CareHealthRecord> change) {
        CareHealthRecord after = change.apply(before);
        inUnitOfWork(() -> records().update(after, before.version()));
        return after;
    }

    private static CareHealthRecord assessed(CareHealthRecord r, LocalDate on) {
        return r.record("HEALTH_ASSESSMENT", on, null, null, TODAY).after();
    }

    private Optional<CareHealthRecord> find(UUID id) {
        return inUnitOfWork(() -> records().find(id));
    }

    /** Everything a record holds, to compare a record read back with the one stored. */
    private static List<Object> whole(CareHealthRecord r) {
        return List.of(r.id(), r.childId(), r.periodId(), r.dateOfBirth(), r.enteredCareOn(), r.ihaDueBy(),
                r.checks(), r.version());
    }

    private static List<List<Object>> whole(List<CareHealthRecord> records) {
        return records.stream().map(CareHealthRecordsContract::whole).toList();
    }

    private static List<UUID> ids(List<CareHealthRecord> records) {
        return records.stream().map(CareHealthRecord::id).toList();
    }

    private static InitialAssessmentDue due(CareHealthRecord r) {
        return new InitialAssessmentDue(r.id(), r.childId(), r.enteredCareOn(), r.ihaDueBy(), r.version());
    }

    @Test
    public void a_record_added_is_read_back_whole_by_id_and_by_period_and_an_unknown_one_finds_nothing() {
        ChildId child = ChildId.newId();
        CareHealthRecord record = added(opened(child, UNDER_FIVE, LocalDate.of(2025, 1, 6))
                .record("DENTAL_CHECK", LocalDate.of(2025, 1, 10), null, null, TODAY).after()
                .record("SDQ", LocalDate.of(2025, 1, 13), 17, null, TODAY).after());
        assertEquals(whole(record), whole(find(record.id()).orElseThrow()));
        assertEquals(whole(record), whole(inUnitOfWork(() -> records().forPeriod(record.periodId())).orElseThrow()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
        assertEquals(Optional.empty(), inUnitOfWork(() -> records().forPeriod(UUID.randomUUID())));
    }

    @Test
    public void checks_recorded_after_are_read_back_whole_in_the_order_recorded_after_those_held() {
        CareHealthRecord record = entered(ChildId.newId(), UNDER_FIVE, LocalDate.of(2025, 1, 6));
        CareHealthRecord first = store(record, r -> r.record("IMMUNISATIONS", LocalDate.of(2025, 1, 20), null, false,
                TODAY).after());
        CareHealthRecord after = store(first, r -> {
            CareHealthRecord x = assessed(r, LocalDate.of(2025, 1, 27));
            x = x.record("SDQ_NOT_DONE", LocalDate.of(2025, 1, 27), null, null, "SDQ1", null, null, TODAY).after();
            x = x.record("DEVELOPMENT_CHECK", LocalDate.of(2025, 1, 28), null, true, TODAY).after();
            return x.record("SUBSTANCE_MISUSE", LocalDate.of(2024, 12, 20), null, null, null, false, true, TODAY)
                    .after();
        });
        CareHealthRecord read = find(record.id()).orElseThrow();
        assertEquals(whole(after), whole(read));
        assertEquals(List.of(new HealthCheck(CheckKind.IMMUNISATIONS, LocalDate.of(2025, 1, 20), null, false),
                new HealthCheck(CheckKind.HEALTH_ASSESSMENT, LocalDate.of(2025, 1, 27), null, null),
                new HealthCheck(CheckKind.SDQ_NOT_DONE, LocalDate.of(2025, 1, 27), null, null, "SDQ1", null, null),
                new HealthCheck(CheckKind.DEVELOPMENT_CHECK, LocalDate.of(2025, 1, 28), null, true),
                new HealthCheck(CheckKind.SUBSTANCE_MISUSE, LocalDate.of(2024, 12, 20), null, null, null, false, true)),
                read.checks(), "in the order recorded, not by date");
        assertEquals(Optional.of(LocalDate.of(2025, 1, 27)), read.initialAssessmentOn());
        assertEquals(5L, read.version(), "one version a check");
    }

    @Test
    public void adding_an_id_or_a_period_already_held_is_refused_and_leaves_the_held_record_as_it_was() {
        CareHealthRecord held = entered(ChildId.newId(), UNDER_FIVE, LocalDate.of(2025, 1, 6));
        CareHealthRecord sameId = CareHealthRecord.open(held.id(), ChildId.newId(), UUID.randomUUID(), OVER_FIVE,
                LocalDate.of(2025, 3, 3), CALENDAR).after();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> records().add(sameId)));
        CareHealthRecord samePeriod = CareHealthRecord.open(UUID.randomUUID(), held.childId(), held.periodId(),
                UNDER_FIVE, LocalDate.of(2025, 1, 7), CALENDAR).after();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> records().add(samePeriod)));

        assertEquals(whole(held), whole(find(held.id()).orElseThrow()));
        assertEquals(Optional.empty(), find(samePeriod.id()));
        assertEquals(List.of(held.id()), ids(inUnitOfWork(() -> records().ofChild(held.childId()))));
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        CareHealthRecord record = entered(ChildId.newId(), UNDER_FIVE, LocalDate.of(2025, 1, 6));
        CareHealthRecord changed = store(record, r -> assessed(r, LocalDate.of(2025, 1, 20)));
        assertEquals(whole(changed), whole(find(record.id()).orElseThrow()));

        CareHealthRecord stale = record.record("DENTAL_CHECK", LocalDate.of(2025, 1, 21), null, null, TODAY).after();
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> records().update(stale, record.version())));
        assertEquals(whole(changed), whole(find(record.id()).orElseThrow()), "nothing of the stale change stored");

        CareHealthRecord notHeld = assessed(opened(ChildId.newId(), UNDER_FIVE, LocalDate.of(2025, 1, 6)),
                LocalDate.of(2025, 1, 20));
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> records().update(notHeld, 0)),
                "a change to a record not held");
        assertEquals(Optional.empty(), find(notHeld.id()));
    }

    @Test
    public void a_childs_records_are_read_oldest_period_first_and_several_childrens_in_one_read() {
        ChildId one = ChildId.newId();
        ChildId two = ChildId.newId();
        ChildId other = ChildId.newId();
        CareHealthRecord oneLater = entered(one, UNDER_FIVE, LocalDate.of(2025, 6, 2));
        CareHealthRecord twoOnly = entered(two, OVER_FIVE, LocalDate.of(2025, 3, 3));
        CareHealthRecord oneEarlier = store(entered(one, UNDER_FIVE, LocalDate.of(2024, 2, 5)),
                r -> assessed(r, LocalDate.of(2024, 2, 19)));
        entered(other, OVER_FIVE, LocalDate.of(2024, 1, 8));

        assertEquals(whole(List.of(oneEarlier, oneLater)), whole(inUnitOfWork(() -> records().ofChild(one))));
        assertEquals(List.of(), inUnitOfWork(() -> records().ofChild(ChildId.newId())));

        List<CareHealthRecord> both = inUnitOfWork(() -> records().ofChildren(List.of(one, two, ChildId.newId(), one)));
        assertEquals(Set.copyOf(whole(List.of(oneEarlier, oneLater, twoOnly))), Set.copyOf(whole(both)),
                "every record of the children named, once each, and no other child's");
        assertEquals(3, both.size());
        Map<ChildId, List<UUID>> byChild = both.stream().collect(Collectors.groupingBy(CareHealthRecord::childId,
                Collectors.mapping(CareHealthRecord::id, Collectors.toList())));
        assertEquals(List.of(oneEarlier.id(), oneLater.id()), byChild.get(one), "each child's oldest period first");
        assertEquals(List.of(), inUnitOfWork(() -> records().ofChildren(List.of())));
    }

    @Test
    public void the_initial_assessment_falls_due_20_working_days_after_entering_care_bank_holidays_skipped() {
        ChildId child = ChildId.newId();
        // Christmas, Boxing Day and New Year's Day fall in the 20 working days; Good Friday, Easter and early May
        CareHealthRecord christmas = entered(child, UNDER_FIVE, LocalDate.of(2025, 12, 15));
        CareHealthRecord easter = entered(child, UNDER_FIVE, LocalDate.of(2025, 4, 14));
        assertEquals(LocalDate.of(2026, 1, 15), find(christmas.id()).orElseThrow().ihaDueBy());
        assertEquals(LocalDate.of(2025, 5, 15), find(easter.id()).orElseThrow().ihaDueBy());
        assertEquals(List.of(due(easter), due(christmas)), inUnitOfWork(() -> records().initialAssessmentsDue(
                ListScope.only(List.of(child)), new Slice(1, 10))).items());

        List<UUID> dueInMay = ids(inUnitOfWork(() -> records().ihaDueBetween(LocalDate.of(2025, 5, 15),
                LocalDate.of(2026, 1, 15)))).stream().filter(Set.of(christmas.id(), easter.id())::contains).toList();
        assertEquals(List.of(easter.id(), christmas.id()), dueInMay, "both ends of the range included");
        assertEquals(List.of(), ids(inUnitOfWork(() -> records().ihaDueBetween(LocalDate.of(2025, 5, 16),
                LocalDate.of(2026, 1, 14)))).stream().filter(Set.of(christmas.id(), easter.id())::contains).toList());
    }

    @Test
    public void the_records_awaiting_an_initial_assessment_are_listed_earliest_due_first_a_page_at_a_time() {
        ChildId one = ChildId.newId();
        ChildId two = ChildId.newId();
        ChildId unseen = ChildId.newId();
        CareHealthRecord christmas = entered(one, UNDER_FIVE, LocalDate.of(2025, 12, 15)); // due 2026-01-15
        CareHealthRecord easter = entered(one, UNDER_FIVE, LocalDate.of(2025, 4, 14)); // due 2025-05-15
        CareHealthRecord assessed = store(entered(one, UNDER_FIVE, LocalDate.of(2025, 1, 6)),
                r -> assessed(r, LocalDate.of(2025, 1, 20)));
        CareHealthRecord june = store(entered(two, OVER_FIVE, LocalDate.of(2025, 6, 2)), // due 2025-06-30
                r -> r.record("DENTAL_CHECK", LocalDate.of(2025, 6, 9), null, null, TODAY).after());
        CareHealthRecord others = entered(unseen, OVER_FIVE, LocalDate.of(2025, 3, 3));
        List<ChildId> mine = List.of(one, two);

        Page<InitialAssessmentDue> all = inUnitOfWork(() -> records().initialAssessmentsDue(ListScope.only(mine),
                new Slice(1, 10)));
        assertEquals(List.of(due(easter), due(june), due(christmas)), all.items(),
                "earliest due first, with the version each is at; the one assessed and the unseen child's absent");
        assertEquals(3, all.total());
        Page<InitialAssessmentDue> second = inUnitOfWork(() -> records().initialAssessmentsDue(ListScope.only(mine),
                new Slice(2, 2)));
        assertEquals(List.of(due(christmas)), second.items());
        assertEquals(3, second.total(), "the total counts the whole selection, whatever the page");

        Page<InitialAssessmentDue> none = inUnitOfWork(() -> records().initialAssessmentsDue(
                ListScope.only(List.of()), new Slice(1, 10)));
        assertEquals(List.of(), none.items());
        assertEquals(0, none.total(), "an empty scope sees no child");
        List<InitialAssessmentDue> everyone = inUnitOfWork(() -> records().initialAssessmentsDue(
                ListScope.everyChild(), new Slice(1, 1000))).items();
        assertTrue(everyone.contains(due(others)), "the whole partnership sees every child");
        assertFalse(everyone.stream().anyMatch(d -> d.recordId().equals(assessed.id())));
    }

    @Test
    public void the_records_awaiting_an_initial_assessment_are_counted_per_team_with_those_due_before_the_day_overdue() {
        ChildId north = ChildId.newId();
        ChildId south = ChildId.newId();
        ChildId noTeam = ChildId.newId();
        entered(north, UNDER_FIVE, LocalDate.of(2025, 12, 15)); // due 2026-01-15
        entered(north, UNDER_FIVE, LocalDate.of(2025, 4, 14)); // due 2025-05-15
        entered(south, OVER_FIVE, LocalDate.of(2025, 6, 2)); // due 2025-06-30
        store(entered(south, OVER_FIVE, LocalDate.of(2025, 1, 6)), r -> assessed(r, LocalDate.of(2025, 2, 10)));
        entered(noTeam, OVER_FIVE, LocalDate.of(2025, 12, 15)); // due 2026-01-15
        String northTeam = "North " + north;
        String southTeam = "South " + south;
        ChildTeams teams = new ChildTeams(Map.of(north.value(), northTeam, south.value(), southTeam));
        ListScope mine = ListScope.only(List.of(north, south, noTeam));

        assertEquals(Arrays.asList(new TeamCount(northTeam, 2, 1), new TeamCount(southTeam, 1, 1),
                        new TeamCount(null, 1, 0)),
                inUnitOfWork(() -> records().initialAssessmentsDueByTeam(mine, teams, LocalDate.of(2026, 1, 15))),
                "due on the day is not yet overdue; the one assessed is not counted; no team last");
        assertEquals(Arrays.asList(new TeamCount(northTeam, 2, 2), new TeamCount(southTeam, 1, 1),
                        new TeamCount(null, 1, 1)),
                inUnitOfWork(() -> records().initialAssessmentsDueByTeam(mine, teams, LocalDate.of(2026, 1, 16))));
        assertEquals(List.of(), inUnitOfWork(() -> records().initialAssessmentsDueByTeam(ListScope.only(List.of()),
                teams, LocalDate.of(2026, 1, 16))), "an empty scope counts nothing");
        List<TeamCount> everyone = inUnitOfWork(() -> records().initialAssessmentsDueByTeam(ListScope.everyChild(),
                teams, LocalDate.of(2026, 1, 16)));
        assertTrue(everyone.containsAll(List.of(new TeamCount(northTeam, 2, 2), new TeamCount(southTeam, 1, 1))),
                "the whole partnership counts every child: " + everyone);
        assertTrue(everyone.getLast().team() == null && everyone.getLast().due() >= 1, everyone.toString());
    }

    @Test
    public void the_records_are_listed_next_assessment_due_first_among_the_scopes_children_a_page_at_a_time() {
        ChildId one = ChildId.newId();
        ChildId two = ChildId.newId();
        ChildId unseen = ChildId.newId();
        CareHealthRecord awaiting = entered(one, UNDER_FIVE, LocalDate.of(2025, 1, 6)); // IHA due 2025-02-03
        CareHealthRecord underFive = store(entered(one, UNDER_FIVE, LocalDate.of(2025, 2, 3)),
                r -> assessed(r, LocalDate.of(2025, 2, 10))); // six months on: 2025-08-10
        CareHealthRecord fromFive = store(entered(two, OVER_FIVE, LocalDate.of(2025, 2, 3)),
                r -> assessed(r, LocalDate.of(2025, 2, 10))); // twelve months on: 2026-02-10
        CareHealthRecord june = entered(two, OVER_FIVE, LocalDate.of(2025, 6, 2)); // IHA due 2025-06-30
        CareHealthRecord others = entered(unseen, OVER_FIVE, LocalDate.of(2025, 3, 3));
        ListScope mine = ListScope.only(List.of(one, two));

        Page<CareHealthRecord> all = inUnitOfWork(() -> records().byNextAssessmentDue(mine, new Slice(1, 10)));
        assertEquals(whole(List.of(awaiting, june, underFive, fromFive)), whole(all.items()));
        assertEquals(List.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 10),
                LocalDate.of(2026, 2, 10)), all.items().stream().map(CareHealthRecord::nextAssessmentDue).toList());
        assertEquals(4, all.total());
        Page<CareHealthRecord> second = inUnitOfWork(() -> records().byNextAssessmentDue(mine, new Slice(2, 3)));
        assertEquals(List.of(fromFive.id()), ids(second.items()));
        assertEquals(4, second.total(), "the total counts the whole selection, whatever the page");

        Page<CareHealthRecord> none = inUnitOfWork(() -> records().byNextAssessmentDue(ListScope.only(List.of()),
                new Slice(1, 10)));
        assertEquals(List.of(), none.items());
        assertEquals(0, none.total(), "an empty scope sees no child");
        Page<CareHealthRecord> everyone = inUnitOfWork(() -> records().byNextAssessmentDue(ListScope.everyChild(),
                new Slice(1, 1000)));
        assertTrue(ids(everyone.items()).contains(others.id()), "the whole partnership sees every child");
        assertTrue(everyone.total() >= 5);
    }

    @Test
    public void what_a_unit_of_work_stored_is_gone_when_it_rolls_back() {
        CareHealthRecord record = opened(ChildId.newId(), UNDER_FIVE, LocalDate.of(2025, 1, 6));
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            records().add(record);
            throw new IllegalStateException("the use case failed after storing the record");
        }));
        assertEquals(Optional.empty(), find(record.id()));
        assertEquals(Optional.empty(), inUnitOfWork(() -> records().forPeriod(record.periodId())));

        added(record);
        CareHealthRecord assessed = assessed(record, LocalDate.of(2025, 1, 20));
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            records().update(assessed, record.version());
            throw new IllegalStateException("the use case failed after storing the change");
        }));
        assertEquals(whole(record), whole(find(record.id()).orElseThrow()), "neither the version nor the check kept");
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        CareHealthRecord record = entered(ChildId.newId(), UNDER_FIVE, LocalDate.of(2025, 1, 6));
        List<CareHealthRecord> changes = List.of(assessed(record, LocalDate.of(2025, 1, 20)),
                record.record("DENTAL_CHECK", LocalDate.of(2025, 1, 21), null, null, TODAY).after());
        List<Boolean> stored = atOnce(changes.stream().map(after -> (Callable<Boolean>) () -> {
            try {
                inUnitOfWork(() -> records().update(after, record.version()));
                return true;
            } catch (StaleVersion e) {
                return false;
            }
        }).toList());
        assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one refused: " + stored);
        CareHealthRecord kept = changes.get(stored.indexOf(true));
        assertEquals(whole(kept), whole(find(record.id()).orElseThrow()), "the stored change whole, nothing of the other");
    }

    @Test
    public void two_records_added_at_once_for_one_period_of_care_store_one_and_refuse_the_other() throws Exception {
        ChildId child = ChildId.newId();
        UUID period = UUID.randomUUID();
        List<CareHealthRecord> twice = List.of(
                CareHealthRecord.open(UUID.randomUUID(), child, period, UNDER_FIVE, LocalDate.of(2025, 1, 6), CALENDAR)
                        .after(),
                CareHealthRecord.open(UUID.randomUUID(), child, period, UNDER_FIVE, LocalDate.of(2025, 1, 6), CALENDAR)
                        .after());
        List<Boolean> stored = atOnce(twice.stream().map(record -> (Callable<Boolean>) () -> {
            try {
                inUnitOfWork(() -> records().add(record));
                return true;
            } catch (Conflict e) {
                return false;
            }
        }).toList());
        assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one refused: " + stored);
        assertEquals(List.of(twice.get(stored.indexOf(true)).id()), ids(inUnitOfWork(() -> records().ofChild(child))));
    }

    private static List<Boolean> atOnce(List<Callable<Boolean>> writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(writers)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
