package org.cypf.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cypf.architecture.Canvases.Canvas;
import org.cypf.architecture.Canvases.Event;
import org.cypf.architecture.Canvases.SensitiveField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Personal data in the published types (ADR 0101): the fields that identify a child are tagged wherever they are
 * published, each context's canvas lists its tagged fields, and an event that carries tagged fields goes only to
 * contexts that a data-sharing agreement of the application's configuration covers together with its publisher
 * (the same agreements the access policy reads, {@code governance.agreements}).
 */
class SensitiveDataTest {
    /**
     * Components that identify a child wherever they appear in a published record: besides the date of birth and the
     * national numbers, the local authority's own child id, a name, and the postcode of a child's placement (issue 17).
     */
    private static final Set<String> IDENTIFYING = Set.of("dateOfBirth", "birthDate", "upn", "nhsNumber",
            "localChildId", "surname", "forename", "placementPostcode");

    /** An agreement as far as this check needs it: its id and the contexts it covers. */
    record Agreement(String id, Set<String> contexts) {}

    /** A subscription that receives tagged fields no agreement covers: publisher, subscriber, event, fields. */
    record Uncovered(String publisher, String subscriber, String event, List<String> fields) {}

    /**
     * Each event a context consumes whose type has tagged fields, unless an agreement covers both its publisher and
     * the subscriber.
     */
    static List<Uncovered> uncovered(List<Canvas> canvases, List<Agreement> agreements) {
        List<Uncovered> out = new ArrayList<>();
        for (Canvas subscriber : canvases) {
            for (Event event : subscriber.consumed()) {
                Optional<Canvas> publisher = canvases.stream()
                        .filter(c -> c.published().stream().anyMatch(p -> p.type().equals(event.type()))).findFirst();
                if (publisher.isEmpty()) {
                    continue;
                }
                List<String> tagged = publisher.get().sensitive().stream()
                        .filter(f -> event.type().endsWith("." + f.type())).map(SensitiveField::field).toList();
                String from = section(publisher.get());
                String to = section(subscriber);
                if (!tagged.isEmpty() && agreements.stream()
                        .noneMatch(a -> a.contexts().contains(from) && a.contexts().contains(to))) {
                    out.add(new Uncovered(from, to, event.name(), tagged));
                }
            }
        }
        return out;
    }

    private static String section(Canvas c) {
        return c.name().replace(' ', '-');
    }

    @SuppressWarnings("unchecked")
    static List<Agreement> configuredAgreements() throws IOException {
        try (InputStream in = Files.newInputStream(Rules.locate(Canvases.CONFIGURATION))) {
            Map<String, Object> yaml = new Yaml().load(in);
            Map<String, Object> governance = (Map<String, Object>) yaml.get("governance");
            List<Agreement> agreements = new ArrayList<>();
            for (Object a : (List<Object>) governance.get("agreements")) {
                Map<String, Object> m = (Map<String, Object>) a;
                agreements.add(new Agreement(String.valueOf(m.get("id")),
                        Set.copyOf((List<String>) m.get("contexts"))));
            }
            return agreements;
        }
    }

    private static List<Canvas> realCanvases() {
        JavaClasses production = Evaluation.production();
        return Canvases.derive(Rules.forCode(Evaluation.ROOT, production).layout(), production,
                Canvases.Sources.real());
    }

    @Test
    @DisplayName("Every event carrying tagged fields goes only to contexts an agreement covers with its publisher")
    void everyEventWithPersonalDataIsCoveredByAnAgreement() throws IOException {
        List<Canvas> canvases = realCanvases();
        List<Agreement> agreements = configuredAgreements();
        assertTrue(agreements.size() >= 2, "the configured agreements are read: " + agreements);
        long flows = canvases.stream().mapToLong(c -> c.consumed().size()).sum();
        assertTrue(flows >= 8, "the subscriptions are found: " + flows);
        assertEquals(List.of(), uncovered(canvases, agreements));
    }

    @Test
    @DisplayName("The agreement check names a subscription no agreement covers")
    void theAgreementCheckBites() throws IOException {
        List<Canvas> canvases = realCanvases();
        // Early help's agreement alone covers family support and education, not social care: every event between
        // social care and another context, with its tagged fields, is then uncovered.
        List<Uncovered> uncovered = uncovered(canvases, List.of(new Agreement("DSA-EARLY-HELP",
                Set.of("family-support", "education-skills"))));
        assertTrue(uncovered.contains(new Uncovered("social-care", "education-skills", "social-care.child-entered-care",
                List.of("childId", "dateOfBirth", "legalStatus", "placementType", "startDate", "upn"))),
                uncovered.toString());
        assertTrue(uncovered.stream().noneMatch(u -> Set.of(u.publisher(), u.subscriber())
                .equals(Set.of("family-support", "education-skills"))), uncovered.toString());
    }

    @Test
    @DisplayName("The fields that identify a child are tagged in every published record")
    void identifyingFieldsAreTaggedEverywhere() {
        JavaClasses production = Evaluation.production();
        Layout layout = Rules.forCode(Evaluation.ROOT, production).layout();
        List<String> untagged = new ArrayList<>();
        int seen = 0;
        for (JavaClass c : production) {
            if (!c.isRecord() || !layout.isInApi(c)) {
                continue;
            }
            boolean event = c.isAnnotatedWith(layout.publishedEvent());
            for (var field : c.getFields()) {
                String name = field.getName();
                boolean identifying = IDENTIFYING.contains(name) || event && name.toLowerCase().endsWith("childid");
                if (identifying && field.getModifiers().stream().noneMatch(m -> m.name().equals("STATIC"))) {
                    seen++;
                    if (c.tryGetMethod(name).map(m -> !m.isAnnotatedWith(layout.sensitive())).orElse(true)) {
                        untagged.add(c.getName() + "." + name);
                    }
                }
            }
        }
        assertTrue(seen >= 30, "identifying fields found: " + seen);
        assertEquals(List.of(), untagged);
    }

    @Test
    @DisplayName("Each context's canvas lists its tagged fields with their kinds")
    void theCanvasesListTheTaggedFields() {
        Map<String, Canvas> byName = new java.util.HashMap<>();
        realCanvases().forEach(c -> byName.put(section(c), c));
        assertTrue(byName.get("social-care").sensitive().contains(new SensitiveField("event.ChildEnteredCare",
                "legalStatus", List.of("SOCIAL_CARE"))), byName.get("social-care").sensitive().toString());
        assertTrue(byName.get("education-skills").sensitive().contains(new SensitiveField(
                "event.PupilSuspendedOrExcluded", "category", List.of("EDUCATION"))));
        assertTrue(Canvases.markdown(byName.get("health-wellbeing")).contains("## Personal data in its published types"));
        assertTrue(byName.get("governance").sensitive().isEmpty(), "governance publishes no child's data in its api");
    }
}
