package org.cypf.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Test support has one home (issue 7): the double of governance's access port is
 * {@code org.cypf.testing.context.RecordingChildRecordAccess} in {@code modules/context-testing}, and no context's tests
 * keep a copy. Test classes are not on this module's class path, so their sources are read.
 *
 * <p>Stated exemption: governance's own modules, which implement the port (its implementation) and test the port itself
 * ({@code ContextRecordAccessTest} in governance-api, which cannot use context-testing: context-testing depends on it).
 */
class SharedTestDoublesTest {

    static final Path ROOT = Rules.locate("docs/guides").getParent().getParent();
    static final String HOME = "modules/context-testing/src/main/java/org/cypf/testing/context/RecordingChildRecordAccess.java";
    static final List<String> EXEMPT = List.of("modules/governance/");

    /** A class that implements the port, or an anonymous one. */
    private static final Pattern DOUBLE = Pattern.compile(
            "(?s)\\b(?:class|record|enum)\\s+\\w+[^{;]*?\\bimplements\\b[^{;]*?\\b(?:ChildRecordAccess|ContextRecordAccess)\\b"
                    + "|new\\s+(?:ChildRecordAccess|ContextRecordAccess)\\s*\\(\\s*\\)\\s*\\{");

    static boolean declaresADouble(String java) {
        String code = java.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ");
        return DOUBLE.matcher(code).find();
    }

    /** The test sources of every module, relative to the repository root. */
    static List<String> testSources() {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT.resolve("modules"))) {
            walk.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/test/java/"))
                    .forEach(p -> files.add(ROOT.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String read(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("No context's tests keep their own double of the access port: they use the one in context-testing")
    void theAccessPortDoubleHasOneHome() {
        assertTrue(Files.isRegularFile(ROOT.resolve(HOME)), HOME);
        assertTrue(declaresADouble(read(HOME)), "the home's double is recognised as one");
        List<String> sources = testSources();
        assertFalse(sources.isEmpty());
        List<String> copies = sources.stream().filter(f -> EXEMPT.stream().noneMatch(f::startsWith))
                .filter(f -> declaresADouble(read(f))).toList();
        assertEquals(List.of(), copies, "use org.cypf.testing.context.RecordingChildRecordAccess (cypf-context-testing)");
    }

    @Test
    @DisplayName("Every module whose tests use the access port takes the shared double from cypf-context-testing")
    void everyModuleUsingThePortDependsOnTheHome() {
        List<String> missing = new ArrayList<>();
        testSources().stream().filter(f -> EXEMPT.stream().noneMatch(f::startsWith))
                .filter(f -> read(f).contains("RecordingChildRecordAccess"))
                .map(f -> f.substring(0, f.indexOf("/src/test/java/")))
                .distinct()
                .filter(module -> !module.equals("modules/context-testing"))
                .filter(module -> !read(module + "/pom.xml").contains("<artifactId>cypf-context-testing</artifactId>"))
                .forEach(missing::add);
        assertEquals(List.of(), missing);
    }

    @Test
    @DisplayName("The check recognises a copied double, named or anonymous, and not a mere use of the port")
    void theCheckRecognisesACopy() {
        assertTrue(declaresADouble("final class Mine implements ChildRecordAccess {"));
        assertTrue(declaresADouble("class Mine implements Serializable,\n        ContextRecordAccess {"));
        assertTrue(declaresADouble("var access = new ChildRecordAccess() {"));
        assertFalse(declaresADouble("ChildRecordAccess access = RecordingChildRecordAccess.allowingEveryone();"));
        assertFalse(declaresADouble("// class Old implements ChildRecordAccess {"));
    }
}
