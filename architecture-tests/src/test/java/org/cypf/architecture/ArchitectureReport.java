package org.cypf.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cypf.architecture.ArchitectureRule.Outcome;
import org.cypf.architecture.Evaluation.RuleResult;

/**
 * Writes the auditors' report of a run: {@code target/architecture-report.md} and {@code target/architecture-report.html},
 * one row per rule (id, name, reason, stated exemptions, decision record, how many classes it checked, result on the
 * real code, result on its canary), then every violation of each rule that failed and what each canary broke, in
 * sentences. Written on every run, whether the rules pass or not.
 */
final class ArchitectureReport {

    /** From the report in {@code architecture-tests/target/} to the repository root, for the ADR links. */
    private static final String TO_REPOSITORY = "../../";

    private ArchitectureReport() {}

    static Path directory() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target");
    }

    static void write(Evaluation evaluation, Path directory) {
        try {
            Files.createDirectories(directory);
            Canvases.write(evaluation.canvases, directory);
            Files.writeString(directory.resolve("architecture-report.md"), markdown(evaluation));
            Files.writeString(directory.resolve("architecture-report.html"), html(evaluation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules could not even be evaluated: the report says so, with the cause, rather than being stale or missing. */
    static void writeFailure(Throwable failure, Path directory) {
        java.io.StringWriter trace = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(trace));
        String md = "# CYPF architecture rules: report\n\nGenerated " + generatedAt() + ".\n\n"
                + "**The rules could not be evaluated.** Nothing was checked.\n\n```\n" + trace + "```\n";
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>CYPF architecture rules: report"
                + "</title></head><body><h1>CYPF architecture rules: report</h1><p><strong>The rules could not be evaluated."
                + "</strong> Nothing was checked.</p><pre>" + esc(trace.toString()) + "</pre></body></html>\n";
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("architecture-report.md"), md);
            Files.writeString(directory.resolve("architecture-report.html"), html);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static String generatedAt() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }

    private static long failures(Evaluation e) {
        return e.results.stream().filter(r -> !r.real().passed()).count();
    }

    private static long canariesNotRejected(Evaluation e) {
        return e.results.stream().filter(r -> !r.canary().rejected()).count();
    }

    private static String verdict(Evaluation e) {
        long failed = failures(e);
        long unrejected = canariesNotRejected(e);
        if (failed == 0 && unrejected == 0) {
            return "All " + e.results.size() + " rules hold on the code, and each rejected its canary.";
        }
        return failed + " of " + e.results.size() + (failed == 1 ? " rules does" : " rules do") + " not hold on the code; "
                + unrejected + (unrejected == 1 ? " canary was" : " canaries were") + " not rejected as required.";
    }

    private static String checked(Evaluation e) {
        Map<String, Integer> parts = e.productionClassesByPart();
        return e.production.size() + " production classes below " + Evaluation.ROOT + " ("
                + parts.entrySet().stream().map(p -> p.getKey() + " " + p.getValue()).collect(Collectors.joining(", "))
                + "); test classes are not checked.";
    }

    /** The contexts found in the code (not listed by hand: ADR 0014), with their names in words. */
    private static String contexts(Evaluation e) {
        return e.layout.contexts().size() + " contexts found in the code: " + e.layout.contexts().stream()
                .map(c -> c + " (" + e.layout.displayNames().get(c) + ")").collect(Collectors.joining(", "))
                + ". Every package directly below " + Evaluation.ROOT + " that is not a shared part ("
                + String.join(", ", Layout.SHARED) + ") is a context.";
    }

    private static String exemptions(ArchitectureRule rule) {
        return rule.exemptions().isEmpty() ? "none" : String.join(" ", rule.exemptions().stream()
                .map(x -> "(" + (rule.exemptions().indexOf(x) + 1) + ") " + x).toList());
    }

    // ------------------------------------------------------------------------------------------------- Markdown

    static String markdown(Evaluation e) {
        StringBuilder md = new StringBuilder();
        md.append("# CYPF architecture rules: report\n\n");
        md.append("Generated ").append(generatedAt()).append(" by `architecture-tests` (ArchUnit).\n\n");
        md.append("**").append(verdict(e)).append("**\n\n");
        md.append("- Code checked: ").append(checked(e)).append('\n');
        md.append("- ").append(contexts(e)).append('\n');
        md.append("- Module diagram checked: `").append(Rules.DIAGRAM).append("`")
                .append(Files.isRegularFile(e.diagram) ? "" : " (NOT FOUND at " + e.diagram + ")").append('\n');
        md.append("- A *canary* is a small made-up piece of code that breaks its rule on purpose "
                + "(`architecture-tests/src/test/java/canary/<rule>`). Each rule must reject its canary and name the "
                + "offending classes (`Breach...`), which shows that the rule really checks something.\n");
        md.append("- Context canvases, generated from the code (use cases, events, query ports, tables, configuration, "
                + "measures): ").append(e.canvases.stream().map(c -> "[" + c.name() + "](" + c.file("md") + ")")
                        .collect(Collectors.joining(", "))).append("\n\n");

        md.append("| Id | Rule | Why | Exemptions | Decision record | Checked | Code | Canary |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (RuleResult r : e.results) {
            md.append("| ").append(r.rule().id())
                    .append(" | ").append(cell(r.rule().name()))
                    .append(" | ").append(cell(r.rule().reason()))
                    .append(" | ").append(cell(exemptions(r.rule())))
                    .append(" | ").append(r.rule().adrs().stream()
                            .map(a -> "[" + adrNumber(a) + "](" + TO_REPOSITORY + a + ")")
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(r.real().checkedSummary())
                    .append(" | ").append(r.real().passed() ? "passed" : "**" + r.real().summary() + "**")
                    .append(" | ").append(r.canary().rejected() ? r.canary().summary() : "**" + cell(r.canary().summary()) + "**")
                    .append(" |\n");
        }

        List<RuleResult> failed = e.results.stream().filter(r -> !r.real().passed()).toList();
        if (!failed.isEmpty()) {
            md.append("\n## Violations in the code\n");
            for (RuleResult r : failed) {
                md.append("\n### ").append(r.rule().title()).append(" (").append(r.real().summary()).append(")\n\n");
                md.append("Why: ").append(r.rule().reason()).append("\n\n");
                for (var group : r.real().bySentence().entrySet()) {
                    String where = Outcome.locations(group.getValue());
                    md.append("- ").append(group.getKey()).append(where.isEmpty() ? "" : " " + where).append('\n');
                    for (ArchitectureRule.Violation v : group.getValue()) {
                        md.append("  - ").append(listItem(v.raw())).append('\n');
                    }
                }
            }
        }

        List<RuleResult> unrejected = e.results.stream().filter(r -> !r.canary().rejected()).toList();
        if (!unrejected.isEmpty()) {
            md.append("\n## Canaries not rejected\n\n");
            for (RuleResult r : unrejected) {
                md.append("- ").append(r.rule().title()).append(": ").append(r.canary().summary()).append('\n');
                for (String detail : r.canary().outcome().details()) {
                    md.append("  - ").append(listItem(detail)).append('\n');
                }
            }
        }

        md.append("\n## What each canary breaks\n\n");
        md.append("Each canary is made-up code that breaks its rule on purpose; the rule caught each of these:\n\n");
        for (RuleResult r : e.results) {
            md.append("- **").append(r.rule().id()).append("** (`").append(r.canary().root()).append("`):");
            if (r.canary().outcome().violations().isEmpty()) {
                md.append(" no violation\n");
            }
            for (String sentence : r.canary().outcome().sentences()) {
                md.append("\n  - ").append(sentence.replace("|", "\\|"));
            }
            md.append('\n');
        }
        md.append("\n## Personal data in the published types, per context\n\n");
        md.append("Fields of the contexts' api types tagged `@Sensitive` (ADR 0101): rule DATA-05 keeps them out of log "
                + "calls and metric labels, and an event carries them only to contexts a data-sharing agreement covers "
                + "with its publisher.\n\n");
        md.append("| Context | Type | Field | Kind of data |\n|---|---|---|---|\n");
        for (Canvases.Canvas c : e.canvases) {
            for (Canvases.SensitiveField f : c.sensitive()) {
                md.append("| ").append(c.name()).append(" | `").append(f.type()).append("` | `").append(f.field())
                        .append("` | ").append(kinds(f)).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String kinds(Canvases.SensitiveField f) {
        return String.join(", ", f.categories()).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String adrNumber(String adr) {
        String file = adr.substring(adr.lastIndexOf('/') + 1);
        return "ADR " + file.substring(0, 4);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }

    private static String listItem(String text) {
        return "`" + text.replace("`", "'").replace("\r", "").replace("\n", "` `") + "`";
    }

    // ------------------------------------------------------------------------------------------------- HTML

    static String html(Evaluation e) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>CYPF architecture rules: report</title><style>"
                + "body{font-family:sans-serif;margin:2em;max-width:110em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.4em;vertical-align:top;text-align:left}"
                + ".pass{color:#060}.fail{color:#b00;font-weight:bold}code,pre{font-size:.85em}"
                + "pre{white-space:pre-wrap;background:#f5f5f5;padding:.5em}</style></head><body>\n");
        h.append("<h1>CYPF architecture rules: report</h1>\n");
        h.append("<p>Generated ").append(esc(generatedAt())).append(" by <code>architecture-tests</code> (ArchUnit).</p>\n");
        h.append("<p><strong>").append(esc(verdict(e))).append("</strong></p>\n<ul>");
        h.append("<li>Code checked: ").append(esc(checked(e))).append("</li>");
        h.append("<li>").append(esc(contexts(e))).append("</li>");
        h.append("<li>Module diagram checked: <code>").append(esc(Rules.DIAGRAM)).append("</code>")
                .append(Files.isRegularFile(e.diagram) ? "" : esc(" (NOT FOUND at " + e.diagram + ")")).append("</li>");
        h.append("<li>A <em>canary</em> is a small made-up piece of code that breaks its rule on purpose. Each rule must "
                + "reject its canary and name the offending classes (<code>Breach...</code>).</li>");
        h.append("<li>Context canvases, generated from the code (use cases, events, query ports, tables, configuration, "
                + "measures): ").append(e.canvases.stream().map(c -> "<a href=\"" + esc(c.file("html")) + "\">"
                        + esc(c.name()) + "</a>").collect(Collectors.joining(", "))).append("</li></ul>\n");
        h.append("<table><tr><th>Id</th><th>Rule</th><th>Why</th><th>Exemptions</th><th>Decision record</th><th>Checked</th>"
                + "<th>Code</th><th>Canary</th></tr>\n");
        for (RuleResult r : e.results) {
            h.append("<tr><td><a href=\"#").append(r.rule().id()).append("\">").append(r.rule().id()).append("</a></td><td>")
                    .append(esc(r.rule().name())).append("</td><td>").append(esc(r.rule().reason())).append("</td><td>")
                    .append(esc(exemptions(r.rule()))).append("</td><td>")
                    .append(r.rule().adrs().stream()
                            .map(a -> "<a href=\"" + TO_REPOSITORY + esc(a) + "\">" + esc(adrNumber(a)) + "</a>")
                            .collect(Collectors.joining("<br>")))
                    .append("</td><td>").append(esc(r.real().checkedSummary()))
                    .append("</td><td class=\"").append(r.real().passed() ? "pass" : "fail").append("\">")
                    .append(esc(r.real().summary())).append("</td><td class=\"")
                    .append(r.canary().rejected() ? "pass" : "fail").append("\">")
                    .append(esc(r.canary().summary())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (RuleResult r : e.results) {
            h.append("<h3 id=\"").append(r.rule().id()).append("\">").append(esc(r.rule().title())).append("</h3>\n");
            h.append("<p>").append(esc(r.rule().reason())).append("</p>\n");
            if (!r.rule().exemptions().isEmpty()) {
                h.append("<p>Exemptions:</p><ol>");
                r.rule().exemptions().forEach(x -> h.append("<li>").append(esc(x)).append("</li>"));
                h.append("</ol>\n");
            }
            h.append("<p>Code (").append(esc(r.real().checkedSummary())).append(" checked): <span class=\"")
                    .append(r.real().passed() ? "pass" : "fail").append("\">")
                    .append(esc(r.real().summary())).append("</span></p>\n");
            if (!r.real().passed()) {
                h.append("<ol>");
                for (var group : r.real().bySentence().entrySet()) {
                    h.append("<li>").append(esc(group.getKey())).append(" <code>")
                            .append(esc(Outcome.locations(group.getValue()))).append("</code><pre>")
                            .append(esc(group.getValue().stream().map(ArchitectureRule.Violation::raw)
                                    .collect(Collectors.joining("\n")))).append("</pre></li>");
                }
                h.append("</ol>\n");
            }
            h.append("<p>Canary <code>").append(esc(r.canary().root())).append("</code>: ")
                    .append(esc(r.canary().summary())).append("</p>\n<ul>");
            for (String sentence : r.canary().outcome().sentences()) {
                h.append("<li>").append(esc(sentence)).append("</li>");
            }
            h.append("</ul>\n");
        }
        h.append("<h2 id=\"personal-data\">Personal data in the published types, per context</h2>\n<p>Fields of the "
                + "contexts' api types tagged <code>@Sensitive</code> (ADR 0101).</p>\n<table><tr><th>Context</th>"
                + "<th>Type</th><th>Field</th><th>Kind of data</th></tr>\n");
        for (Canvases.Canvas c : e.canvases) {
            for (Canvases.SensitiveField f : c.sensitive()) {
                h.append("<tr><td>").append(esc(c.name())).append("</td><td><code>").append(esc(f.type()))
                        .append("</code></td><td><code>").append(esc(f.field())).append("</code></td><td>")
                        .append(esc(kinds(f))).append("</td></tr>\n");
            }
        }
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
