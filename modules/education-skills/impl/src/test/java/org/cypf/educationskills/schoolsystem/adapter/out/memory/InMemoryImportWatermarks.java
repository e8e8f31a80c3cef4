package org.cypf.educationskills.schoolsystem.adapter.out.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cypf.educationskills.schoolsystem.domain.Watermark;
import org.cypf.educationskills.schoolsystem.port.ImportWatermarks;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Watermarks held in memory, for fast tests (ADR 0106, ADR 0097); test code only. It passes
 * {@code ImportWatermarksContract} as the jOOQ adapter does, rollback included: a mark is advanced in the caller's
 * {@link InMemoryUnitOfWork} and kept only when it commits, so a batch that fails leaves its feed's mark where it was
 * and the next run reads the same rows again.
 */
public final class InMemoryImportWatermarks implements ImportWatermarks {
    private final Map<String, Watermark> marks = new ConcurrentHashMap<>();

    private static String key(String system, String feed) {
        return system + "\u0000" + feed;
    }

    private Map<String, Watermark> staged() {
        var tx = InMemoryUnitOfWork.current();
        return tx.staged(this, () -> {
            Map<String, Watermark> advanced = new HashMap<>();
            tx.onCommit(() -> marks.putAll(advanced));
            return advanced;
        });
    }

    @Override
    public Optional<Watermark> of(String system, String feed) {
        String key = key(system, feed);
        Watermark own = InMemoryUnitOfWork.open().flatMap(tx -> tx.<Map<String, Watermark>>peek(this))
                .map(advanced -> advanced.get(key)).orElse(null);
        return Optional.ofNullable(own != null ? own : marks.get(key));
    }

    /** @throws IllegalStateException outside a unit of work, as the jOOQ adapter outside a transaction */
    @Override
    public void advance(String system, String feed, Watermark to, int rows) {
        staged().put(key(system, feed), to);
    }
}
