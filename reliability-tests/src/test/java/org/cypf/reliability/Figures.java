package org.cypf.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Prints the figures the docs quote, and appends them to target/reliability-figures.txt. */
final class Figures {
    /** The file is started afresh by the first figures of a run. */
    private static boolean started;

    private Figures() {}

    static synchronized void print(String title, List<String> lines) {
        var text = new StringBuilder("== " + title + System.lineSeparator());
        lines.forEach(l -> text.append("   ").append(l).append(System.lineSeparator()));
        System.out.print(text);
        try {
            Path file = Path.of("target", "reliability-figures.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardOpenOption.CREATE,
                    started ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            started = true;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
