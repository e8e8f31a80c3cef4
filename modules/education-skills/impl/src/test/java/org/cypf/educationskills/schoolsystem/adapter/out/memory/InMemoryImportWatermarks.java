package org.cypf.educationskills.schoolsystem.adapter.out.memory;

import java.util.Optional;
import org.cypf.educationskills.schoolsystem.domain.Watermark;
import org.cypf.educationskills.schoolsystem.port.ImportWatermarks;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Watermarks held in memory, for fast tests (ADR 0106, ADR 0097); test code only. It passes
 * {@code ImportWatermarksContract} as the jOOQ adapter does, rollback included: a mark is advanced in the caller's
 * {@link InMemoryUnitOfWork} and kept only when it commits, so a batch that fails leaves its feed's mark where it was
 * and the next run reads the same rows again.
 */
public final class InMemoryImportWatermarks implements ImportWatermarks {
    private record Feed(String system, String feed) {}

    private final InMemoryRows<Feed, Watermark> marks = new InMemoryRows<>();

    @Override
    public Optional<Watermark> of(String system, String feed) {
        return marks.find(new Feed(system, feed));
    }

    /** @throws IllegalStateException outside a unit of work, as the jOOQ adapter outside a transaction */
    @Override
    public void advance(String system, String feed, Watermark to, int rows) {
        marks.put(new Feed(system, feed), to);
    }
}
