package org.cypf.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.ViolationHandler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;
import org.cypf.architecture.ArchitectureRule.Outcome;
import org.cypf.architecture.ArchitectureRule.Violation;

/**
 * A rule checked by ArchUnit over the compiled classes. {@code counter} says how many classes the rule's selection
 * holds (what the report calls "checked"); {@code sentences} says each violation in words.
 */
final class ClassCheck implements ArchitectureRule.Check {

    private final ArchRule rule;
    private final ToIntFunction<JavaClasses> counter;
    private final Sentences sentences;

    ClassCheck(ArchRule rule, ToIntFunction<JavaClasses> counter, Sentences sentences) {
        this.rule = rule;
        this.counter = counter;
        this.sentences = sentences;
    }

    @Override
    public String description() {
        return rule.getDescription();
    }

    @Override
    public Outcome evaluate(JavaClasses classes) {
        int checked = counter.applyAsInt(classes);
        EvaluationResult result;
        try {
            result = rule.evaluate(classes);
        } catch (AssertionError | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            // ArchUnit's wording when the rule's that() selected nothing (allowEmptyShould(false))
            if (message.contains("failed to check any classes")) {
                return Outcome.failure(Outcome.Status.CHECKED_NOTHING, "classes",
                        "The rule found none of the classes it is about (its selection is empty), so it proved "
                                + "nothing: the packages it names do not exist in the checked code.");
            }
            return Outcome.failure(Outcome.Status.ERROR, "classes", e.getClass().getSimpleName() + ": " + message);
        }
        if (!result.hasViolation()) {
            return new Outcome(checked == 0 ? Outcome.Status.CHECKED_NOTHING : Outcome.Status.PASSED, checked, "classes",
                    checked == 0 ? List.of(new Violation("checked nothing", "The rule's selection is empty.")) : List.of());
        }
        List<Violation> violations = new ArrayList<>();
        ViolationHandler<Object> handler = (Collection<Object> objects, String message) ->
                violations.add(sentences.violation(objects, message));
        result.handleViolations(handler);
        if (violations.isEmpty()) {
            result.getFailureReport().getDetails().forEach(d -> violations.add(new Violation(d, d)));
        }
        return new Outcome(Outcome.Status.VIOLATED, checked, "classes", violations);
    }
}
