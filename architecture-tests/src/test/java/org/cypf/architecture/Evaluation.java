package org.cypf.architecture;

import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cypf.architecture.ArchitectureRule.Outcome;

/**
 * Evaluates every rule twice: against the production code below {@code org.cypf} and against the rule's canary
 * ({@code canary.<id>}, in this module's test sources), keeping every violation of each for the report and the tests.
 */
final class Evaluation {

    static final String ROOT = "org.cypf";
    static final String CANARIES = "canary";
    /** A canary's deliberate offenders are named {@code Breach...}: the rule must name each of them. */
    static final String OFFENDER_PREFIX = "Breach";

    record RuleResult(ArchitectureRule rule, Outcome real, CanaryResult canary) {}

    /**
     * @param offenders the canary's classes named Breach..., which the rule must name
     * @param unnamed   the offenders the rule rejected the canary without naming
     */
    record CanaryResult(String root, int classes, Outcome outcome, List<String> offenders, List<String> unnamed) {

        boolean rejected() {
            return outcome.status() == Outcome.Status.VIOLATED && !offenders.isEmpty() && unnamed.isEmpty();
        }

        String summary() {
            if (classes == 0) {
                return "NO CANARY (no classes in " + root + ")";
            }
            if (offenders.isEmpty()) {
                return "NOT rejected: canary " + root + " has no class named " + OFFENDER_PREFIX + "...";
            }
            if (outcome.status() != Outcome.Status.VIOLATED) {
                return "NOT rejected (" + outcome.summary() + ")";
            }
            if (!unnamed.isEmpty()) {
                return "NOT rejected as expected: offenders not named " + unnamed;
            }
            return "rejected (" + outcome.summary() + ")";
        }
    }

    final JavaClasses production;
    final List<RuleResult> results;
    final Path diagram;

    private Evaluation(JavaClasses production, List<RuleResult> results, Path diagram) {
        this.production = production;
        this.results = results;
        this.diagram = diagram;
    }

    static Evaluation run() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        JavaClasses canaries = new ClassFileImporter().importPackages(CANARIES);

        Rules real = Rules.forRoot(ROOT);
        List<RuleResult> results = new ArrayList<>();
        for (ArchitectureRule rule : real.all()) {
            Outcome onRealCode = rule.evaluate(production);
            results.add(new RuleResult(rule, onRealCode, canary(rule.id(), rule.canaryRoot(), canaries)));
        }
        return new Evaluation(production, List.copyOf(results), real.diagram());
    }

    /** Evaluates rule {@code id}, built for the canary's own root (and its own diagram if it ships one), on the canary. */
    static CanaryResult canary(String id, String canaryRoot, JavaClasses allCanaries) {
        JavaClasses universe = allCanaries.that(nameStartingWith(canaryRoot + "."));
        Rules rules = canaryDiagram(canaryRoot).map(d -> Rules.forRoot(canaryRoot, d)).orElseGet(() -> Rules.forRoot(canaryRoot));
        Outcome outcome = rules.byId(id).evaluate(universe);
        List<String> offenders = universe.stream()
                .filter(c -> c.getSimpleName().startsWith(OFFENDER_PREFIX))
                .map(JavaClass::getName)
                .sorted()
                .toList();
        List<String> unnamed = offenders.stream()
                .filter(o -> outcome.details().stream().noneMatch(d -> d.contains(o)))
                .toList();
        return new CanaryResult(canaryRoot, universe.size(), outcome, offenders, unnamed);
    }

    /** A canary may ship its own diagram as the resource {@code canary/<id>/modules.puml}. */
    private static Optional<Path> canaryDiagram(String canaryRoot) {
        URL url = Evaluation.class.getClassLoader().getResource(canaryRoot.replace('.', '/') + "/modules.puml");
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many production classes were checked, by top-level part (kernel, platform, socialcare, ...). */
    Map<String, Integer> productionClassesByPart() {
        Map<String, Integer> counts = new TreeMap<>();
        for (JavaClass c : production) {
            String rest = c.getPackageName().equals(ROOT) ? "" : c.getPackageName().substring(ROOT.length() + 1);
            String part = rest.isEmpty() ? "(root)" : rest.split("\\.")[0];
            counts.merge(part, 1, Integer::sum);
        }
        return counts;
    }
}
