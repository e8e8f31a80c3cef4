package org.cypf.socialcare.privatefostering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The developers' guide cannot drift from the code it teaches: every Java and SQL block of
 * {@code docs/guides/developers-add-a-use-case.md} is preceded by {@code <!-- example: <repository path> -->} and
 * appears, line for line, in that file: the private fostering example in social care's test tree, which
 * {@code PrivateFosteringTest} runs, or the real code the guide quotes. A line {@code ...} in a block leaves out part of
 * the file; each part between two such lines must appear whole and in order. Indentation is not compared (the guide
 * may show a method without its class's).
 */
class GuideExamplesTest {

    private static final Path ROOT = repositoryRoot();
    private static final Path GUIDE = ROOT.resolve("docs/guides/developers-add-a-use-case.md");
    private static final String EXAMPLE = "modules/social-care/impl/src/test/java/org/cypf/socialcare/";
    private static final Pattern MARKER = Pattern.compile("^<!-- example: (\\S+) -->$");

    record Block(int line, String language, String source, List<String> lines) {}

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/guides"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/guides not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The guide's Java and SQL blocks, each with the file its marker names (null if it has none). */
    static List<Block> blocks(List<String> guide) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < guide.size(); i++) {
            String fence = guide.get(i).strip();
            if (!fence.startsWith("```") || fence.length() == 3) {
                continue;
            }
            String language = fence.substring(3).strip();
            int end = i + 1;
            while (end < guide.size() && !guide.get(end).strip().equals("```")) {
                end++;
            }
            if (language.equals("java") || language.equals("sql")) {
                String source = null;
                for (int back = i - 1; back >= 0; back--) {
                    if (!guide.get(back).isBlank()) {
                        Matcher m = MARKER.matcher(guide.get(back).strip());
                        source = m.matches() ? m.group(1) : null;
                        break;
                    }
                }
                blocks.add(new Block(i + 1, language, source, guide.subList(i + 1, end)));
            }
            i = end;
        }
        return blocks;
    }

    /** The block's parts between {@code ...} lines, each as its non-blank lines without indentation. */
    static List<List<String>> parts(List<String> lines) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String line : lines) {
            if (line.strip().equals("...")) {
                parts.add(part);
                part = new ArrayList<>();
            } else if (!line.isBlank()) {
                part.add(line.strip());
            }
        }
        parts.add(part);
        parts.removeIf(List::isEmpty);
        return parts;
    }

    /** True if every part is found in {@code file}'s non-blank lines, whole, in the order given. */
    static boolean appearsIn(List<List<String>> parts, List<String> file) {
        List<String> lines = file.stream().filter(l -> !l.isBlank()).map(String::strip).toList();
        int from = 0;
        for (List<String> part : parts) {
            int found = -1;
            for (int i = from; i + part.size() <= lines.size(); i++) {
                if (lines.subList(i, i + part.size()).equals(part)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            from = found + part.size();
        }
        return true;
    }

    @Test
    void every_code_block_of_the_guide_is_real_code_in_the_file_it_names() throws IOException {
        List<Block> blocks = blocks(Files.readAllLines(GUIDE));
        List<String> problems = new ArrayList<>();
        for (Block b : blocks) {
            if (b.source() == null) {
                problems.add("line " + b.line() + ": a " + b.language() + " block with no <!-- example: path --> before it");
                continue;
            }
            Path file = ROOT.resolve(b.source());
            if (!Files.isRegularFile(file)) {
                problems.add("line " + b.line() + ": " + b.source() + " does not exist");
            } else if (!appearsIn(parts(b.lines()), Files.readAllLines(file))) {
                problems.add("line " + b.line() + ": the block does not appear in " + b.source());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void the_guide_walks_through_every_layer_of_the_example_and_its_migration() throws IOException {
        Set<String> shown = new TreeSet<>();
        blocks(Files.readAllLines(GUIDE)).forEach(b -> shown.add(String.valueOf(b.source())));
        for (String layer : List.of("api/privatefostering/PrivateFostering.java",
                "privatefostering/domain/PrivateFosteringArrangement.java",
                "privatefostering/application/PrivateFosteringService.java",
                "api/event/PrivateFosteringEnded.java",
                "privatefostering/adapter/out/persistence/JooqPrivateFosteringArrangements.java",
                "privatefostering/adapter/in/http/PrivateFosteringHttp.java",
                "privatefostering/PrivateFosteringTest.java")) {
            assertTrue(shown.contains(EXAMPLE + layer), "the guide shows " + layer + "; it shows " + shown);
        }
        assertTrue(shown.contains("modules/social-care/impl/src/test/resources/org/cypf/socialcare/privatefostering/"
                + "V6__private_fostering.sql"), shown.toString());
    }

    @Test
    void a_block_that_is_not_in_its_file_is_found() {
        List<String> file = List.of("class A {", "    void a() {", "        b();", "    }", "}");
        assertTrue(appearsIn(parts(List.of("void a() {", "    b();")), file));
        assertTrue(appearsIn(parts(List.of("class A {", "...", "b();")), file));
        assertTrue(!appearsIn(parts(List.of("void a() {", "    c();")), file), "a changed line");
        assertTrue(!appearsIn(parts(List.of("b();", "...", "class A {")), file), "parts out of order");
        assertEquals(List.of(new Block(3, "java", null, List.of("x();"))),
                blocks(List.of("text", "", "```java", "x();", "```")));
    }
}
