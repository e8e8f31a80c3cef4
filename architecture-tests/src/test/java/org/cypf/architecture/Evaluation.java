package org.cypf.architecture;

import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
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
     * @param parts     how many classes and files the canary holds
     * @param offenders the canary's classes (and files) named Breach..., which the rule must name
     * @param unnamed   the offenders the rule rejected the canary without naming
     */
    record CanaryResult(String root, int parts, Outcome outcome, List<String> offenders, List<String> unnamed) {

        boolean rejected() {
            return outcome.status() == Outcome.Status.VIOLATED && !offenders.isEmpty() && unnamed.isEmpty();
        }

        String summary() {
            if (parts == 0) {
                return "NO CANARY (no classes or files in " + root + ")";
            }
            if (offenders.isEmpty()) {
                return "NOT rejected: canary " + root + " has no class or file named " + OFFENDER_PREFIX + "...";
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
    final Layout layout;
    final List<RuleResult> results;
    final Path diagram;
    /** One canvas per context found, generated from the same classes (issue 7). */
    final List<Canvases.Canvas> canvases;

    private Evaluation(JavaClasses production, Layout layout, List<RuleResult> results, Path diagram,
                       List<Canvases.Canvas> canvases) {
        this.production = production;
        this.layout = layout;
        this.results = results;
        this.diagram = diagram;
        this.canvases = canvases;
    }

    static JavaClasses production() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    static Evaluation run() {
        JavaClasses production = production();
        JavaClasses canaries = new ClassFileImporter().importPackages(CANARIES);

        Rules real = Rules.forCode(ROOT, production);
        List<RuleResult> results = new ArrayList<>();
        for (ArchitectureRule rule : real.all()) {
            Outcome onRealCode = rule.evaluate(production);
            results.add(new RuleResult(rule, onRealCode, canary(rule.id(), rule.canaryRoot(), canaries)));
        }
        return new Evaluation(production, real.layout(), List.copyOf(results), real.diagram(),
                Canvases.derive(real.layout(), production, Canvases.Sources.real()));
    }

    /**
     * Evaluates rule {@code id}, built for the canary's own root and classes (with its own diagram and migrations if
     * it ships them as resources), on the canary.
     */
    static CanaryResult canary(String id, String canaryRoot, JavaClasses allCanaries) {
        JavaClasses universe = allCanaries.that(nameStartingWith(canaryRoot + "."));
        Rules rules = Rules.of(canaryRoot, universe,
                canaryResource(canaryRoot, "modules.puml").orElseGet(() -> Rules.locate(Rules.DIAGRAM)),
                canaryResource(canaryRoot, "db/migration").orElseGet(() -> Rules.locate(Rules.MIGRATIONS)));
        Outcome outcome = rules.byId(id).evaluate(universe);
        List<String> files = canaryFiles(canaryRoot);
        List<String> offenders = Stream.concat(
                        universe.stream().filter(c -> c.getSimpleName().startsWith(OFFENDER_PREFIX)).map(JavaClass::getName),
                        files.stream().filter(f -> f.substring(f.lastIndexOf('/') + 1).contains(OFFENDER_PREFIX)))
                .sorted()
                .toList();
        List<String> unnamed = offenders.stream()
                .filter(o -> outcome.details().stream().noneMatch(d -> d.contains(o.substring(o.lastIndexOf('/') + 1))))
                .toList();
        return new CanaryResult(canaryRoot, universe.size() + files.size(), outcome, offenders, unnamed);
    }

    /** A canary may ship resources below {@code canary/<id>/}, e.g. its own {@code modules.puml} or {@code db/migration}. */
    private static Optional<Path> canaryResource(String canaryRoot, String relative) {
        URL url = Evaluation.class.getClassLoader().getResource(canaryRoot.replace('.', '/') + "/" + relative);
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canary's resource files (not its classes), as paths below its folder. */
    private static List<String> canaryFiles(String canaryRoot) {
        Optional<Path> folder = canaryResource(canaryRoot, "");
        if (folder.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder.get())) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".class"))
                    .map(p -> folder.get().relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
