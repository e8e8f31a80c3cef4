package org.cypf.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The integrators' worked adapter and contract suites are the real code (issue 17): in the guide's sections "A worked
 * adapter" and "Contract test suites", every code block is an excerpt of the last repository file named (as a code
 * span) before it, line for line.
 */
class GuideCodeExcerptsTest {
    static final String GUIDE = "docs/guides/integrators-add-an-adapter.md";
    static final String SECTION = "## A worked adapter";
    static final String SUITES = "## Contract test suites";
    private static final Pattern PATH = Pattern.compile("`((?:modules|db|docs)/[^`<>{}*]+\\.[a-z]+)`");

    /** Each excerpt's file and the excerpt's lines, in order; every block must follow a named file. */
    static List<String> mismatches(String markdown, Path root) throws IOException {
        List<String> out = new ArrayList<>();
        for (String heading : List.of(SECTION, SUITES)) {
            out.addAll(mismatches(markdown, heading, root));
        }
        return out;
    }

    private static List<String> mismatches(String markdown, String heading, Path root) throws IOException {
        int start = markdown.indexOf(heading);
        if (start < 0) {
            return List.of("the guide has no section " + heading);
        }
        int end = markdown.indexOf("\n## ", start + heading.length());
        String section = markdown.substring(start, end < 0 ? markdown.length() : end);
        List<String> out = new ArrayList<>();
        String file = null;
        boolean inBlock = false;
        StringBuilder block = new StringBuilder();
        for (String line : section.split("\n", -1)) {
            if (line.startsWith("```")) {
                if (inBlock) {
                    String excerpt = block.toString();
                    if (file == null) {
                        out.add("a code block names no file before it: " + excerpt.lines().findFirst().orElse(""));
                    } else if (!Files.readString(root.resolve(file)).contains(excerpt)) {
                        out.add(file + " does not contain: " + excerpt.lines().findFirst().orElse(""));
                    }
                    block.setLength(0);
                }
                inBlock = !inBlock;
                continue;
            }
            if (inBlock) {
                block.append(line).append('\n');
            } else {
                Matcher m = PATH.matcher(line);
                while (m.find()) {
                    file = m.group(1);
                }
            }
        }
        return out;
    }

    @Test
    @DisplayName("The worked adapter's code blocks are excerpts of the files they name")
    void theWorkedAdaptersExcerptsAreTheRealCode() throws IOException {
        Path root = GuideReferencesTest.ROOT;
        String guide = Files.readString(root.resolve(GUIDE));
        assertTrue(guide.contains(SECTION), GUIDE + " has its worked adapter");
        assertTrue(guide.substring(guide.indexOf(SECTION)).split("```").length > 10, "the section has its excerpts");
        String suites = guide.substring(guide.indexOf(SUITES));
        assertTrue(suites.substring(0, suites.indexOf("\n## ", SUITES.length())).split("```").length > 6,
                "the contract suites' section has its excerpts");
        assertEquals(List.of(), mismatches(guide, root));
    }

    @Test
    @DisplayName("An excerpt changed by one character is refused")
    void theCheckBites() throws IOException {
        Path root = GuideReferencesTest.ROOT;
        String guide = Files.readString(root.resolve(GUIDE))
                .replace("limit ?\"\"\", at, at, after.lastRowId(), limit)", "limit ?\"\"\", at, after.lastRowId(), limit)");
        assertEquals(1, mismatches(guide, root).size(), mismatches(guide, root).toString());
    }

    @Test
    @DisplayName("An excerpt of a contract suite's run changed by one character is refused")
    void theCheckBitesInTheContractSuites() throws IOException {
        Path root = GuideReferencesTest.ROOT;
        String guide = Files.readString(root.resolve(GUIDE))
                .replace("new RetryPolicy(10, Duration.ZERO, Duration.ZERO)", "new RetryPolicy(3, Duration.ZERO, Duration.ZERO)");
        assertEquals(1, mismatches(guide, root).size(), mismatches(guide, root).toString());
    }
}
