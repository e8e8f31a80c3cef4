package org.cypf.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.Map;
import org.cypf.architecture.ArchitectureRule.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contexts are found in the code, not listed (ADR 0014): a sixth context ({@code fixture.sixthcontext.youthjustice})
 * that no list names is checked by every rule, and the real code's five contexts are found the same way.
 */
class DerivedContextsTest {

    private static final String SIXTH = "fixture.sixthcontext";

    private static Rules rulesFor(JavaClasses classes) {
        return Rules.of(SIXTH, classes, Rules.locate(Rules.DIAGRAM), Rules.locate(Rules.MIGRATIONS));
    }

    @Test
    @DisplayName("A new context is found in the code, named after its assembly class; shared parts are not contexts")
    void aNewContextIsFoundInTheCode() {
        JavaClasses fixture = new ClassFileImporter().importPackages(SIXTH);
        Layout layout = rulesFor(fixture).layout();

        assertEquals(List.of("socialcare", "youthjustice"), layout.contexts());
        assertEquals(Map.of("socialcare", "social care", "youthjustice", "youth justice"), layout.displayNames());
    }

    @Test
    @DisplayName("The rules check a new context the day it appears")
    void theRulesCheckANewContext() {
        JavaClasses fixture = new ClassFileImporter().importPackages(SIXTH);
        Rules rules = rulesFor(fixture);

        Outcome reach = rules.byId("CTX-01").evaluate(fixture);
        assertEquals(Outcome.Status.VIOLATED, reach.status());
        assertEquals(List.of("fixture.sixthcontext.youthjustice.orders.domain.BreachReadsSocialCarePlacements, in youth "
                        + "justice's domain (orders), uses social care's domain (lookedafter) class Placement"),
                reach.sentences().stream().distinct().toList());

        for (String id : List.of("CTX-08", "CTX-11", "LAYER-01", "LAYER-02")) {
            Outcome outcome = rules.byId(id).evaluate(fixture);
            assertEquals(Outcome.Status.PASSED, outcome.status(), id + ": " + outcome.details());
        }
        // The real module diagram does not draw youth justice, so the new context must be drawn before it can pass.
        Outcome drawn = rules.byId("DIAGRAM-02").evaluate(fixture);
        assertEquals(Outcome.Status.VIOLATED, drawn.status());
        assertTrue(drawn.details().stream().allMatch(d -> d.contains("youthjustice")), drawn.details().toString());
    }

    @Test
    @DisplayName("The real code's contexts are found the same way")
    void theRealContextsAreFound() {
        Layout layout = Rules.forCode(Evaluation.ROOT, Evaluation.production()).layout();
        assertTrue(layout.contexts().containsAll(
                        List.of("educationskills", "familysupport", "governance", "healthwellbeing", "socialcare")),
                layout.contexts().toString());
        assertTrue(Layout.SHARED.stream().noneMatch(layout.contexts()::contains), layout.contexts().toString());
        assertEquals("social care", layout.displayNames().get("socialcare"));
    }
}
