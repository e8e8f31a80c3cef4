package org.cypf.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cypf.governance.api.access.Caller;
import org.junit.jupiter.api.Test;

/** Who records the synthetic authority's children (ADR 0090): sw.smith the demo's, then caseloads of 20 to 25. */
class WorkforceTest {
    private static final long SEED = 16L;

    @Test
    void at_the_demo_size_sw_smith_records_every_child_and_no_other_worker_is_made() {
        Workforce demo = Workforce.of(SEED, AuthoritySize.DEMO.children());
        assertEquals(1, demo.workers().size());
        for (int child = 0; child < AuthoritySize.DEMO.children(); child++) {
            assertEquals("sw.smith", demo.recorderOf(child).userId());
        }
        assertEquals(AuthoritySize.DEMO.children(), demo.caseloadOf(0));
    }

    @Test
    void beyond_the_demo_every_child_is_recorded_by_a_council_social_worker_with_a_caseload_of_20_to_25() {
        int children = 150_000;
        Workforce large = Workforce.of(SEED, children);
        Map<String, Integer> caseloads = new HashMap<>();
        for (int child = 0; child < children; child++) {
            Caller worker = large.recorderOf(child);
            caseloads.merge(worker.userId(), 1, Integer::sum);
            assertEquals("council", worker.organisation());
            assertEquals(Set.of("social-worker"), worker.roles());
        }
        assertEquals(200, caseloads.get("sw.smith"), "sw.smith keeps the demo's 200 children at any size");
        assertEquals(large.workers().size(), caseloads.size(), "every worker made records someone");
        List<Caller> generated = large.workers().subList(1, large.workers().size());
        for (int i = 0; i < generated.size(); i++) {
            int caseload = caseloads.get(generated.get(i).userId());
            assertEquals(caseload, large.caseloadOf(i + 1));
            boolean last = i == generated.size() - 1;
            assertTrue(caseload >= (last ? 1 : Workforce.FEWEST) && caseload <= Workforce.MOST,
                    generated.get(i).userId() + " has " + caseload + " children");
        }
        assertEquals("sw.0001", generated.get(0).userId());
        assertTrue(generated.size() > 149_800 / Workforce.MOST && generated.size() <= 149_800 / Workforce.FEWEST + 1,
                generated.size() + " workers");
        assertTrue(caseloads.values().stream().filter(c -> c < 200).distinct().count() > 1, "caseloads differ");
        // sw.0001 records the children just after the demo's, in order
        assertEquals("sw.0001", large.recorderOf(200).userId());
        assertEquals("sw.0001", large.recorderOf(200 + large.caseloadOf(1) - 1).userId());
        assertEquals("sw.0002", large.recorderOf(200 + large.caseloadOf(1)).userId());
    }

    @Test
    void who_records_a_child_follows_from_the_seed_and_the_childs_number_not_the_authoritys_size() {
        Workforce small = Workforce.of(SEED, 2_000);
        Workforce large = Workforce.of(SEED, 30_000);
        for (int child = 0; child < 2_000; child++) {
            assertEquals(small.recorderOf(child), large.recorderOf(child), "child " + child);
        }
        Workforce again = Workforce.of(SEED, 2_000);
        assertEquals(small.workers(), again.workers());
        Workforce otherSeed = Workforce.of(SEED + 1, 2_000);
        boolean differs = false;
        for (int child = 200; child < 2_000 && !differs; child++) {
            differs = !small.recorderOf(child).equals(otherSeed.recorderOf(child));
        }
        assertTrue(differs, "another seed gives other caseloads");
        assertThrows(IllegalArgumentException.class, () -> small.recorderOf(2_000));
        assertThrows(IllegalArgumentException.class, () -> small.recorderOf(-1));
    }
}
