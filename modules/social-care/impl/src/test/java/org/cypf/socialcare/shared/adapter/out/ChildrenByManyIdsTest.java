package org.cypf.socialcare.shared.adapter.out;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqUascRecords;
import org.cypf.socialcare.permanence.adapter.out.persistence.JooqPermanenceRecords;
import org.cypf.socialcare.shared.adapter.out.persistence.JooqChildren;
import org.cypf.socialcare.shared.domain.Child;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An export reads a whole year's children by id at once: 83,000 children in care are more ids than PostgreSQL's
 * 65,535 bind values allow in one statement, so the readings by many ids send them as one array.
 */
class ChildrenByManyIdsTest {
    private static final int MORE_THAN_BIND_VALUES = 70_000;
    private static SocialCareFixture f;
    private static final List<ChildId> stored = new ArrayList<>();

    @BeforeAll
    static void store() {
        f = SocialCareFixture.start("children by many ids", 20_000);
        var children = new JooqChildren(f.socialCareDb);
        f.socialCareDb.run(() -> IntStream.range(0, 3).forEach(i -> {
            Child child = new Child(ChildId.newId(), "MANY" + i, null, null, of(2012, 3, 1 + i), "2");
            children.add(child);
            stored.add(child.id());
        }));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static List<ChildId> manyIdsWithTheStoredAmongThem() {
        List<ChildId> ids = new ArrayList<>(
                IntStream.range(0, MORE_THAN_BIND_VALUES).mapToObj(i -> ChildId.newId()).toList());
        ids.addAll(stored);
        return ids;
    }

    @Test
    void children_are_found_among_more_ids_than_one_statement_may_bind() {
        Map<ChildId, Child> found = f.socialCareDb.inTransaction(
                () -> new JooqChildren(f.socialCareDb).findAll(manyIdsWithTheStoredAmongThem()));
        assertEquals(Set.copyOf(stored), found.keySet());
    }

    @Test
    void unaccompanied_and_permanence_records_are_read_for_as_many_ids() {
        assertEquals(0, f.socialCareDb.inTransaction(
                () -> new JooqUascRecords(f.socialCareDb).findAll(manyIdsWithTheStoredAmongThem())).size());
        List<UUID> periods = IntStream.range(0, MORE_THAN_BIND_VALUES).mapToObj(i -> UUID.randomUUID()).toList();
        assertEquals(0, f.socialCareDb.inTransaction(() -> new JooqPermanenceRecords(f.socialCareDb).findAll(periods)).size());
    }
}
