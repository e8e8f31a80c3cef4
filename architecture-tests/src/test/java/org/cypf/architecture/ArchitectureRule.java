package org.cypf.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.Objects;

/**
 * One rule of the catalogue: a fixed id (never reused, never renumbered), a name, the reason in words an auditor
 * can read, the decision records (ADRs) it enforces, the exemptions it states, and the check that enforces it.
 *
 * @param id         e.g. {@code CTX-01}; the group is the part before the dash
 * @param name       what must hold, e.g. "Contexts meet only through their api"
 * @param reason     why, for a reader who does not program
 * @param adrs       repository paths of the decision records, e.g. {@code docs/adr/0002-...md}
 * @param exemptions what the rule deliberately lets through, and why, in words (empty when it has none)
 * @param check      what checks it: an ArchUnit rule over the classes, or a check of files (migration SQL)
 */
record ArchitectureRule(String id, String name, String reason, List<String> adrs, List<String> exemptions, Check check) {

    ArchitectureRule {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(reason);
        adrs = List.copyOf(adrs);
        exemptions = List.copyOf(exemptions);
        Objects.requireNonNull(check);
    }

    String group() {
        return id.substring(0, id.indexOf('-'));
    }

    String title() {
        return id + " " + name;
    }

    /** "id name, because reason (see adr)": the rule's full statement, as ArchUnit prints it. */
    String description() {
        return check.description();
    }

    /** The package of this rule's canary fixture: {@code CTX-01} has {@code canary.ctx01}. */
    String canaryRoot() {
        return "canary." + id.replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Evaluates the rule and keeps every violation (not only the first). A rule that selects nothing at all is
     * reported as {@link Outcome.Status#CHECKED_NOTHING}: it proves nothing and counts as a failure.
     */
    Outcome evaluate(JavaClasses classes) {
        return check.evaluate(classes);
    }

    /** What enforces a rule. */
    interface Check {
        String description();

        Outcome evaluate(JavaClasses classes);
    }

    /**
     * One violation: {@code raw} is the checker's own line (ArchUnit's wording, with the source line), {@code sentence}
     * says it in words ("X, in social care's domain, uses education's domain class Pupil"), {@code location} is where
     * in the source it is ("(Pupil.java:12)"), or empty.
     */
    record Violation(String raw, String sentence, String location) {
        Violation {
            Objects.requireNonNull(raw);
            Objects.requireNonNull(sentence);
            Objects.requireNonNull(location);
        }

        Violation(String raw, String sentence) {
            this(raw, sentence, "");
        }
    }

    /**
     * What one evaluation found: the status, how many items the rule looked at ({@code checked} {@code unit}, e.g.
     * 412 classes, 15 SQL files) and one entry per violation.
     */
    record Outcome(Status status, int checked, String unit, List<Violation> violations) {

        enum Status { PASSED, VIOLATED, CHECKED_NOTHING, ERROR }

        Outcome {
            violations = List.copyOf(violations);
        }

        static Outcome failure(Status status, String unit, String why) {
            return new Outcome(status, 0, unit, List.of(new Violation(why, why)));
        }

        boolean passed() {
            return status == Status.PASSED;
        }

        /** The raw lines, one per violation. */
        List<String> details() {
            return violations.stream().map(Violation::raw).toList();
        }

        /** The distinct sentences, in order: one dependency often shows in a field, a constructor and a method. */
        List<String> sentences() {
            return violations.stream().map(Violation::sentence).distinct().toList();
        }

        /** The violations grouped by sentence, in order of first appearance. */
        java.util.Map<String, List<Violation>> bySentence() {
            return violations.stream().collect(java.util.stream.Collectors.groupingBy(Violation::sentence,
                    java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        }

        /** "(A.java:12), (A.java:40)": where a group of violations is, without repeats. */
        static String locations(List<Violation> group) {
            return group.stream().map(Violation::location).filter(l -> !l.isEmpty()).distinct()
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        String checkedSummary() {
            return checked + " " + (checked == 1 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit);
        }

        String summary() {
            return switch (status) {
                case PASSED -> "passed";
                case VIOLATED -> violations.size() == 1 ? "1 violation" : violations.size() + " violations";
                case CHECKED_NOTHING -> "checked nothing";
                case ERROR -> "could not be checked";
            };
        }
    }
}
