package org.cypf.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cypf.architecture.ArchitectureRule.Outcome;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The developers' guide teaches by a worked example that lives in social care's test tree (the private fostering
 * capability), which the rules on production code never see. Here it is checked as if it were production code: the
 * example's classes are added to the real ones and every rule must find nothing wrong with any of them, so the guide
 * cannot teach a shape the rules would refuse. Its tests ({@code *Test}) are not part of the example.
 *
 * <p>The example's classes are read from social care's compiled test classes, so social care's tests must have been
 * compiled (any {@code -am} build of this module does so).
 */
class GuideExampleRulesTest {

    static final String TEST_CLASSES = "modules/social-care/impl/target/test-classes";
    /** The example's folders and files below the test classes: the capability, its api and its event. */
    static final List<String> EXAMPLE = List.of("org/cypf/socialcare/privatefostering",
            "org/cypf/socialcare/api/privatefostering", "org/cypf/socialcare/api/event/PrivateFosteringEnded.class");

    static boolean isExample(Location location) {
        String uri = location.asURI().toString();
        return uri.contains("/" + TEST_CLASSES + "/") && EXAMPLE.stream().anyMatch(uri::contains)
                && !uri.matches(".*Test(\\$.*)?\\.class$");
    }

    @TestFactory
    Stream<DynamicTest> theGuidesExampleKeepsEveryRule() {
        Path testClasses = Rules.locate(TEST_CLASSES);
        assertTrue(Files.isDirectory(testClasses.resolve(EXAMPLE.getFirst())),
                "social care's test classes are not compiled at " + testClasses + ": build with -am");
        Set<Location> locations = new LinkedHashSet<>(Locations.ofPackage(Evaluation.ROOT));
        locations.add(Location.of(testClasses));
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(location -> isExample(location) || new ImportOption.DoNotIncludeTests().includes(location))
                .importLocations(locations);
        List<JavaClass> example = classes.stream().filter(c -> c.getSource().map(s -> isExample(Location.of(s.getUri())))
                .orElse(false)).toList();
        assertTrue(example.stream().anyMatch(c -> c.getSimpleName().equals("PrivateFosteringService"))
                        && example.stream().anyMatch(c -> c.getSimpleName().equals("PrivateFosteringEnded")),
                "the example's classes were imported: " + example);

        Rules rules = Rules.forCode(Evaluation.ROOT, classes);
        return rules.all().stream().map(rule -> dynamicTest(rule.id() + " holds on the guide's example", () -> {
            Outcome outcome = rule.evaluate(classes);
            List<String> aboutTheExample = outcome.violations().stream().map(ArchitectureRule.Violation::raw)
                    .filter(raw -> raw.contains("privatefostering") || raw.contains("PrivateFostering"))
                    .toList();
            assertEquals(List.of(), aboutTheExample, rule.title());
        }));
    }
}
