package org.cypf.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Objects;

/**
 * One rule of the catalogue: a fixed id (never reused, never renumbered), a name, the reason in words an auditor
 * can read, the decision records (ADRs) it enforces, and the ArchUnit rule that checks it.
 *
 * @param id     e.g. {@code CTX-01}; the group is the part before the dash
 * @param name   what must hold, e.g. "Contexts meet only through their api"
 * @param reason why, for a reader who does not program
 * @param adrs   repository paths of the decision records, e.g. {@code docs/adr/0002-...md}
 * @param rule   the ArchUnit rule, described as "id name, because reason (see adr)"
 */
record ArchitectureRule(String id, String name, String reason, List<String> adrs, ArchRule rule) {

    ArchitectureRule {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(reason);
        adrs = List.copyOf(adrs);
        Objects.requireNonNull(rule);
    }

    String group() {
        return id.substring(0, id.indexOf('-'));
    }

    String title() {
        return id + " " + name;
    }

    /** The package of this rule's canary fixture: {@code CTX-01} has {@code canary.ctx01}. */
    String canaryRoot() {
        return "canary." + id.replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Evaluates the rule and keeps every violation (not only the first). A rule that selects no class at all is
     * reported as {@link Outcome.Status#CHECKED_NOTHING}: it proves nothing and counts as a failure.
     */
    Outcome evaluate(JavaClasses classes) {
        EvaluationResult result;
        try {
            result = rule.evaluate(classes);
        } catch (AssertionError | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            // ArchUnit's wording when the rule's that() selected nothing (allowEmptyShould(false))
            boolean checkedNothing = message.contains("failed to check any classes");
            return new Outcome(
                    checkedNothing ? Outcome.Status.CHECKED_NOTHING : Outcome.Status.ERROR,
                    List.of(checkedNothing
                            ? "The rule found none of the classes it is about (its selection is empty), so it proved "
                                    + "nothing: the packages it names do not exist in the checked code."
                            : e.getClass().getSimpleName() + ": " + message));
        }
        if (!result.hasViolation()) {
            return new Outcome(Outcome.Status.PASSED, List.of());
        }
        return new Outcome(Outcome.Status.VIOLATED, List.copyOf(result.getFailureReport().getDetails()));
    }

    /** What one evaluation found. {@code details} holds one line per violation. */
    record Outcome(Status status, List<String> details) {

        enum Status { PASSED, VIOLATED, CHECKED_NOTHING, ERROR }

        boolean passed() {
            return status == Status.PASSED;
        }

        String summary() {
            return switch (status) {
                case PASSED -> "passed";
                case VIOLATED -> details.size() == 1 ? "1 violation" : details.size() + " violations";
                case CHECKED_NOTHING -> "checked nothing";
                case ERROR -> "could not be checked";
            };
        }
    }
}
