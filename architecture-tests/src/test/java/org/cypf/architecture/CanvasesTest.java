package org.cypf.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.architecture.Canvases.Canvas;
import org.cypf.architecture.Canvases.ConfigurationKey;
import org.cypf.architecture.Canvases.Event;
import org.cypf.architecture.Canvases.Measure;
import org.cypf.architecture.Canvases.QueryPortEntry;
import org.cypf.architecture.Canvases.UseCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The per-context canvases are generated from the code: checked first on a small made-up platform
 * ({@code fixture.canvas}) whose every entry is known, then on the real code, where social care's canvas must name
 * the use cases and tables it has and a context that publishes no events must show none.
 */
class CanvasesTest {

    private static final String FIXTURE = "fixture.canvas";

    private static Map<String, Canvas> fixtureCanvases() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURE);
        Layout layout = Layout.derive(FIXTURE, classes);
        return byContext(Canvases.derive(layout, classes, new Canvases.Sources(resource("fixture/canvas/db/migration"),
                resource("fixture/canvas/application.yaml"),
                Rules.locate("architecture-tests/src/test/java/fixture/canvas/app"))));
    }

    private static Map<String, Canvas> realCanvases() {
        JavaClasses production = Evaluation.production();
        return byContext(Canvases.derive(Rules.forCode(Evaluation.ROOT, production).layout(), production,
                Canvases.Sources.real()));
    }

    private static Map<String, Canvas> byContext(List<Canvas> canvases) {
        return canvases.stream().collect(Collectors.toMap(Canvas::context, Function.identity()));
    }

    private static Path resource(String name) {
        try {
            return Path.of(CanvasesTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("On the fixture, every part of a context's canvas is found in its code, migrations and configuration")
    void theFixturesCanvasIsDerived() {
        Map<String, Canvas> canvases = fixtureCanvases();
        assertEquals(List.of("care", "fostering", "governance", "quiet"), canvases.keySet().stream().sorted().toList());

        Canvas fostering = canvases.get("fostering");
        assertEquals("fostering", fostering.schema());
        assertEquals(List.of("arrangements"), fostering.capabilities());
        assertEquals(List.of("arrangements.Arrangement"), fostering.aggregates());
        assertEquals(List.of(new UseCase("arrangements.PrivateFostering", List.of(
                "end(Caller, String, long): void", "notifyArrangement(Caller, String): String"))), fostering.useCases());
        assertEquals(List.of(new QueryPortEntry("arrangements.ArrangementCount", "how many arrangements are open",
                List.of("openArrangements(): long"))), fostering.queryPorts());
        assertEquals(List.of(new Event("fostering.arrangement-ended", 2,
                "fixture.canvas.fostering.api.event.ArrangementEnded", List.of("arrangements"))), fostering.published());
        assertEquals(List.of(new Event("care.child-left-care", 1, "fixture.canvas.care.api.event.ChildLeftCare",
                List.of("OnChildLeftCare"))), fostering.consumed());
        // V1 creates arrangement and scratch; V2 drops scratch, renames arrangement and creates notification; V10
        // (after V2, by number) drops notification and creates carer. The commented-out table is not one.
        assertEquals(List.of("fostering.private_fostering_arrangement", "fostering.carer"), fostering.tables());
        assertEquals(List.of(new ConfigurationKey("fostering.contact.name", "fostering team", true),
                new ConfigurationKey("fostering.notice-days", "28", true),
                new ConfigurationKey("fostering.region", null, true)), fostering.configuration());
        assertEquals(List.of(new Measure("fostering.open-arrangements", List.of("ArrangementMeasures"))),
                fostering.measures());

        Canvas quiet = canvases.get("quiet");
        assertEquals(List.of(new UseCase("notes.Notes", List.of("notes(Caller, String): List<String>"))), quiet.useCases());
        assertEquals(List.of(), quiet.published());
        assertEquals(List.of(), quiet.consumed());
        assertEquals(List.of(), quiet.tables());
        assertEquals(List.of(), quiet.measures());
        assertEquals(List.of(), quiet.aggregates());
        assertEquals(List.of(new ConfigurationKey("quiet.partners", "(a list of 2)", false),
                new ConfigurationKey("quiet.unused-key", "1", false)), quiet.configuration());
        String page = Canvases.markdown(quiet);
        assertTrue(page.contains("## Events published\n\nNone.\n") && page.contains("## Events consumed\n\nNone.\n"), page);
        assertTrue(page.contains("`quiet.unused-key` = `1` (in application.yaml, read by no code of the application)"), page);

        // The measure port is governance's api, implemented by the others: governance asks it, it is not its use case.
        Canvas governance = canvases.get("governance");
        assertEquals(List.of(), governance.useCases());
        assertEquals(List.of(new UseCase("measure.MeasureSource", List.of("measureKeys(): Set<String>"))),
                governance.requiredOfOthers());
    }

    @Test
    @DisplayName("On the real code, social care's canvas names its use cases, events, tables, configuration and measures")
    void socialCaresCanvasNamesWhatItHas() {
        Map<String, Canvas> canvases = realCanvases();
        assertEquals(Rules.forCode(Evaluation.ROOT, Evaluation.production()).layout().contexts(),
                canvases.keySet().stream().sorted().toList(), "one canvas per context found in the code");

        Canvas socialCare = canvases.get("socialcare");
        assertTrue(socialCare.capabilities().containsAll(List.of("lookedafter", "protection", "returns", "shared")),
                socialCare.capabilities().toString());
        assertTrue(socialCare.aggregates().containsAll(List.of("lookedafter.PeriodOfCare", "protection.ChildProtectionPlan",
                "familynetwork.FamilyNetworkMeeting")), socialCare.aggregates().toString());
        List<String> lookedAfter = socialCare.useCase("ChildrenLookedAfter").orElseThrow().methods();
        assertTrue(lookedAfter.contains("startToBeLookedAfter(Caller, StartToBeLookedAfter): PeriodOfCareView")
                && lookedAfter.contains("changeEpisode(Caller, ChangeEpisode): PeriodOfCareView"), lookedAfter.toString());
        assertTrue(lookedAfter.contains("lookedAfterOn(Caller, LocalDate): List<PeriodOfCareView>"), lookedAfter.toString());
        assertTrue(socialCare.useCase("ChildProtection").isPresent() && socialCare.useCase("Ssda903Returns").isPresent(),
                socialCare.useCases().toString());
        assertTrue(socialCare.tables().containsAll(List.of("social_care.child", "social_care.period_of_care",
                "social_care.episode", "social_care.family_network_meeting")), socialCare.tables().toString());
        assertTrue(socialCare.tables().stream().allMatch(t -> t.startsWith("social_care.")), socialCare.tables().toString());
        assertTrue(socialCare.published().stream().anyMatch(e -> e.name().equals("social-care.child-entered-care")
                && e.by().contains("lookedafter")), socialCare.published().toString());
        assertEquals(List.of(new Event("education-skills.pupil-suspended-or-excluded", 1,
                        "org.cypf.educationskills.api.event.PupilSuspendedOrExcluded", List.of("SchoolExclusionSubscriber")),
                        new Event("family-support.early-help-stepped-up-to-social-care", 1,
                        "org.cypf.familysupport.api.event.EarlyHelpSteppedUpToSocialCare", List.of("EarlyHelpStepUpSubscriber")),
                        new Event("health-wellbeing.ehc-advice-requested", 1,
                                "org.cypf.healthwellbeing.api.event.EhcAdviceRequested",
                                List.of("EhcAdviceRequestedSubscriber"))),
                socialCare.consumed());
        assertTrue(socialCare.configuration().contains(new ConfigurationKey("social-care.child-population", "58100", true)),
                socialCare.configuration().toString());
        assertTrue(socialCare.configuration().stream().anyMatch(k -> k.key().equals("social-care.la-code") && k.read()),
                socialCare.configuration().toString());
        assertTrue(socialCare.measures().contains(new Measure("social-care.children-looked-after",
                List.of("ChildrenLookedAfterMeasures"))), socialCare.measures().toString());
        assertTrue(socialCare.measures().stream().anyMatch(m -> m.key().equals("social-care.contacts-decided-within-one-working-day")
                && m.computedBy().equals(List.of("FrontDoorMeasures"))), socialCare.measures().toString());
    }

    @Test
    @DisplayName("On the real code, a context with no events shows none, and governance's measure port is implemented by others")
    void aContextWithoutEventsShowsNone() {
        Map<String, Canvas> canvases = realCanvases();
        Canvas health = canvases.get("healthwellbeing");
        assertTrue(health.consumed().stream().anyMatch(e -> e.name().equals("social-care.child-entered-care")),
                health.consumed().toString());
        assertTrue(health.tables().contains("health_wellbeing.health_organisation"), health.tables().toString());

        Canvas education = canvases.get("educationskills");
        assertTrue(education.consumed().stream().anyMatch(e -> e.name().equals("social-care.child-entered-care")),
                education.consumed().toString());
        // education publishes its advice answers (ehcadvice) and its exclusions (also consumed by the virtual school)
        assertEquals(List.of(new Event("education-skills.ehc-advice-given", 1,
                "org.cypf.educationskills.api.event.EhcAdviceGiven", List.of("ehcadvice")),
                new Event("education-skills.pupil-suspended-or-excluded", 1,
                "org.cypf.educationskills.api.event.PupilSuspendedOrExcluded", List.of("exclusions"))),
                education.published());
        assertTrue(health.consumed().stream().map(Event::name).toList().containsAll(List.of(
                "social-care.ehc-advice-given", "education-skills.ehc-advice-given")), health.consumed().toString());

        Canvas governance = canvases.get("governance");
        assertEquals(List.of(), governance.published());
        assertEquals(List.of(), governance.consumed());
        assertEquals(List.of("access", "retention", "scorecard", "strategy", "subjectaccess"), governance.capabilities(),
                "the jOOQ classes generated into governance.shared do not make a capability");
        assertTrue(governance.requiredOfOthers().stream().anyMatch(u -> u.api().equals("measure.MeasureSource")),
                governance.requiredOfOthers().toString());
        assertTrue(governance.configuration().stream().anyMatch(k -> k.key().equals("governance.audit.seal-interval-seconds")
                && k.read()), governance.configuration().toString());
        assertTrue(governance.configuration().stream().anyMatch(k -> k.key().equals("governance.agreements")
                && k.read() && k.value().startsWith("(a list of ")), governance.configuration().toString());
    }
}
