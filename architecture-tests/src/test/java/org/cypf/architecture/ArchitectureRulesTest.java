package org.cypf.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cypf.architecture.Evaluation.RuleResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every rule of {@link Rules} against the production code and against its canary, one test per rule and id,
 * and writes the auditors' report (target/architecture-report.md and .html) before any test can fail.
 */
class ArchitectureRulesTest {

    private static Evaluation evaluation;

    @BeforeAll
    static void evaluateEveryRuleAndWriteTheReport() {
        try {
            evaluation = Evaluation.run();
        } catch (RuntimeException | Error e) {
            ArchitectureReport.writeFailure(e, ArchitectureReport.directory());
            throw e;
        }
        ArchitectureReport.write(evaluation, ArchitectureReport.directory());
    }

    @TestFactory
    @DisplayName("Each rule rejects its canary and names the offending classes")
    Stream<DynamicTest> eachRuleRejectsItsCanary() {
        return evaluation.results.stream().map(r -> dynamicTest(r.rule().title(), () -> {
            Evaluation.CanaryResult canary = r.canary();
            if (!canary.rejected()) {
                fail(r.rule().title() + ": canary " + canary.root() + " " + canary.summary()
                        + "\nWhat the rule reported:\n" + String.join("\n", canary.outcome().details()));
            }
        }));
    }

    @TestFactory
    @DisplayName("The code keeps each rule")
    Stream<DynamicTest> theCodeKeepsEachRule() {
        return evaluation.results.stream().map(r -> dynamicTest(r.rule().title(), () -> {
            if (!r.real().passed()) {
                fail(failureMessage(r));
            }
        }));
    }

    @Test
    @DisplayName("Every rule has a unique id, a reason and a decision record")
    void theCatalogueIsComplete() {
        List<ArchitectureRule> rules = evaluation.results.stream().map(RuleResult::rule).toList();
        Set<String> ids = new HashSet<>();
        Set<String> groups = Set.of("CTX", "LAYER", "TECH", "DATA", "API", "EVENT", "ACCESS", "DIAGRAM", "WEB", "DEMO");
        for (ArchitectureRule rule : rules) {
            assertTrue(ids.add(rule.id()), "duplicate id " + rule.id());
            assertTrue(rule.id().matches("[A-Z]+-\\d{2}"), "id " + rule.id());
            assertTrue(groups.contains(rule.group()), "unknown group of " + rule.id());
            assertTrue(rule.reason().length() > 40, "no readable reason for " + rule.id());
            assertTrue(!rule.adrs().isEmpty() && rule.adrs().stream().allMatch(a -> a.matches("docs/adr/\\d{4}-[a-z0-9-]+\\.md")),
                    "decision record of " + rule.id());
            assertTrue(rule.description().startsWith(rule.title() + ", because "),
                    "description of " + rule.id() + ": " + rule.description());
            assertTrue(rule.exemptions().stream().allMatch(e -> e.length() > 20), "unreadable exemption of " + rule.id());
        }
        assertEquals(groups, rules.stream().map(ArchitectureRule::group).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("The report shows per rule what it checked, its exemptions and its canary's breaches in sentences, and links every context's canvas")
    void theReportSaysWhatEachRuleCheckedAndLinksTheCanvases() throws java.io.IOException {
        java.nio.file.Path directory = ArchitectureReport.directory();
        String md = java.nio.file.Files.readString(directory.resolve("architecture-report.md"));
        String html = java.nio.file.Files.readString(directory.resolve("architecture-report.html"));
        for (RuleResult r : evaluation.results) {
            String row = md.lines().filter(l -> l.startsWith("| " + r.rule().id() + " |")).findFirst().orElseThrow();
            assertTrue(row.contains("| " + r.real().checkedSummary() + " |"), "checked count of " + r.rule().id() + ": " + row);
            assertTrue(r.real().checked() > 0 || r.real().status() != ArchitectureRule.Outcome.Status.PASSED, r.rule().id());
            r.rule().exemptions().forEach(x -> assertTrue(row.contains(x.replace("|", "\\|")), "exemption of " + r.rule().id()));
            assertFalse(r.canary().outcome().sentences().isEmpty(), "canary sentences of " + r.rule().id());
            for (String sentence : r.canary().outcome().sentences()) {
                assertTrue(!sentence.matches("^(Class|Field|Method|Constructor|Dependency) <.*") && sentence.contains(" "),
                        "a sentence, not the checker's wording: " + sentence);
                assertTrue(md.contains(sentence.replace("|", "\\|")), "canary sentence of " + r.rule().id() + " in the report");
            }
        }
        assertEquals(evaluation.layout.contexts(), evaluation.canvases.stream().map(Canvases.Canvas::context).toList());
        for (Canvases.Canvas c : evaluation.canvases) {
            assertTrue(md.contains("](" + c.file("md") + ")") && html.contains("href=\"" + c.file("html") + "\""),
                    "the report links the canvas of " + c.context());
            assertTrue(java.nio.file.Files.isRegularFile(directory.resolve(c.file("md")))
                    && java.nio.file.Files.isRegularFile(directory.resolve(c.file("html"))), c.file("md"));
        }
    }

    private static String failureMessage(RuleResult r) {
        StringBuilder m = new StringBuilder();
        m.append(r.rule().title()).append(": ").append(r.real().summary()).append('\n');
        m.append("Why: ").append(r.rule().reason()).append('\n');
        m.append("Decision record: ").append(String.join(", ", r.rule().adrs())).append('\n');
        int n = 1;
        for (var group : r.real().bySentence().entrySet()) {
            m.append(String.format("%3d. %s %s%n", n++, group.getKey(), ArchitectureRule.Outcome.locations(group.getValue())));
            group.getValue().forEach(v -> m.append("       ").append(v.raw()).append('\n'));
        }
        m.append("Full report: ").append(ArchitectureReport.directory().resolve("architecture-report.md"));
        return m.toString();
    }
}
