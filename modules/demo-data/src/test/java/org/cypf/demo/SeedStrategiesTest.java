package org.cypf.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyDocument.MeasureSpec;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.Test;

class SeedStrategiesTest {
    private static final Path STRATEGIES = Path.of("../../docs/strategies");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void the_same_seed_gives_the_same_values_and_another_seed_other_values() {
        StrategyDocument seed = SeedStrategies.read(SeedStrategies.files(STRATEGIES).get(1));
        StrategyDocument once = SeedStrategies.withObservations(seed, new Random(16), TODAY);
        StrategyDocument again = SeedStrategies.withObservations(seed, new Random(16), TODAY);
        StrategyDocument other = SeedStrategies.withObservations(seed, new Random(17), TODAY);
        assertEquals(once, again);
        assertTrue(!once.equals(other), "another seed gives other values");
    }

    @Test
    void every_submitted_measure_with_a_better_direction_gets_ten_years_of_monthly_values_and_a_synthetic_target() {
        long measured = 0;
        for (Path file : SeedStrategies.files(STRATEGIES)) {
            StrategyDocument seed = SeedStrategies.read(file);
            StrategyDocument d = SeedStrategies.withObservations(seed, new Random(16), TODAY);
            for (int i = 0; i < d.measures().size(); i++) {
                MeasureSpec m = d.measures().get(i);
                MeasureSpec before = seed.measures().get(i);
                boolean computed = m.source() != null && "COMPUTED".equals(m.source().kind());
                if (computed || "NEITHER".equals(m.polarity()) || m.polarity() == null) {
                    assertEquals(before, m, "a computed or undirected measure is left as transcribed: " + m.id());
                    continue;
                }
                measured++;
                long monthly = m.observations().stream().filter(o -> SeedStrategies.SOURCE.equals(o.source())).count();
                assertTrue(monthly >= SeedStrategies.MONTHS - SeedStrategies.listOf(before.observations()).size(), m.id() + ": " + monthly);
                assertEquals(LocalDate.of(2026, 11, 30), m.observations().stream()
                        .map(StrategyDocument.Observation::asAt).max(LocalDate::compareTo).orElseThrow());
                assertTrue(!m.targets().isEmpty(), m.id());
                if ("PERCENTAGE".equals(m.unit())) {
                    assertTrue(m.observations().stream().allMatch(o -> o.value() == null
                            || o.value().compareTo(BigDecimal.valueOf(100)) <= 0), m.id() + " stays a percentage");
                }
            }
        }
        assertTrue(measured >= 10, "the seed strategies have submitted measures to fill: " + measured);
    }

    @Test
    void children_get_valid_and_distinct_identifiers() {
        Set<String> upns = new HashSet<>();
        Set<String> nhs = new HashSet<>();
        Set<String> local = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertTrue(UniquePupilNumber.isValid(SyntheticAuthority.upn(i)));
            assertTrue(NhsNumber.isValid(SyntheticAuthority.nhsNumber(i)));
            upns.add(SyntheticAuthority.upn(i));
            nhs.add(SyntheticAuthority.nhsNumber(i));
            local.add(SyntheticAuthority.localId(i));
            assertTrue(SyntheticAuthority.localId(i).length() <= 10, "SSDA903 CHILD is at most 10 characters");
        }
        assertEquals(20_000, upns.size());
        assertEquals(20_000, nhs.size());
        assertEquals(20_000, local.size());
    }
}
