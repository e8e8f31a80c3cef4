package org.cypf.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.cypf.architecture.ArchitectureRule.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The other side of the canaries: fixtures that the rules must ACCEPT, so that no one "fixes" a rule by making it
 * stricter than the architecture. Two contexts that each subscribe to the other's published events
 * ({@code fixture.accepted.mutualsubscription}) are two one-way conversations through their apis, not a cycle.
 */
class AcceptedFixturesTest {

    private static final String MUTUAL_SUBSCRIPTION = "fixture.accepted.mutualsubscription";

    @ParameterizedTest(name = "{0} accepts two contexts subscribing to each other's api events")
    @ValueSource(strings = {"CTX-01", "CTX-03", "CTX-04", "CTX-08", "CTX-09", "CTX-11", "LAYER-01", "LAYER-02", "LAYER-06",
            "LAYER-07", "API-01", "API-03", "EVENT-01", "EVENT-02"})
    @DisplayName("Mutual subscription through the apis is allowed")
    void mutualSubscriptionThroughTheApisIsAllowed(String id) {
        JavaClasses fixture = new ClassFileImporter().importPackages(MUTUAL_SUBSCRIPTION);
        Outcome outcome = Rules.of(MUTUAL_SUBSCRIPTION, fixture, Rules.locate(Rules.DIAGRAM), Rules.locate(Rules.MIGRATIONS))
                .byId(id).evaluate(fixture);
        assertEquals(Outcome.Status.PASSED, outcome.status(), String.join("\n", outcome.details()));
    }
}
