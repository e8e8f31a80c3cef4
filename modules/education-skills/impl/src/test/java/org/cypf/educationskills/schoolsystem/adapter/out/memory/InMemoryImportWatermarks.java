package org.cypf.educationskills.schoolsystem.adapter.out.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cypf.educationskills.schoolsystem.domain.Watermark;
import org.cypf.educationskills.schoolsystem.port.ImportWatermarks;

/**
 * Watermarks held in memory, for fast tests (ADR 0106); test code only. It passes {@code ImportWatermarksContract} as
 * the jOOQ adapter does. It takes no part in a unit of work: a rolled back batch keeps its mark here.
 */
public final class InMemoryImportWatermarks implements ImportWatermarks {
    private final Map<String, Watermark> marks = new ConcurrentHashMap<>();

    @Override
    public Optional<Watermark> of(String system, String feed) {
        return Optional.ofNullable(marks.get(system + "\u0000" + feed));
    }

    @Override
    public void advance(String system, String feed, Watermark to, int rows) {
        marks.put(system + "\u0000" + feed, to);
    }
}
