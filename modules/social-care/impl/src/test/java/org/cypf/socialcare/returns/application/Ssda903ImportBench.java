package org.cypf.socialcare.returns.application;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link Ssda903ImportBenchmark} in {@code ./mvnw -Pbench verify} (its name ends in Bench, which only the bench
 * profile selects; never part of the test command). The number of children is {@code cypf.bench.ssda903.children}
 * (default 3,667: 22,000 rows, the size issue 16 measured).
 */
@Tag("bench")
class Ssda903ImportBench {
    @Test
    void ssda903_import_beside_copy_of_the_same_rows() throws Exception {
        Ssda903ImportBenchmark.main(new String[] {System.getProperty("cypf.bench.ssda903.children", "3667")});
    }
}
