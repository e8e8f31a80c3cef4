package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every integration event of the last release (ADR 0100) is still published under its name and version, and its
 * payload as built now is compatible with the released JSON Schema: no field gone or renamed, no changed or wider
 * type, no field newly required (events stored before the change would not have it). An incompatible payload is a
 * new version of the event, published beside the old one.
 */
class EventSchemaCompatibilityTest {

    @Test
    void every_released_event_is_still_published_and_compatible() throws IOException {
        Path release = PublishedContracts.lastRelease();
        Map<String, Class<?>> now = PublishedContracts.events();
        List<String> broken = new ArrayList<>();
        int released = 0;
        try (Stream<Path> files = Files.list(release.resolve("events"))) {
            for (Path file : files.sorted().toList()) {
                released++;
                String name = file.getFileName().toString();
                Class<?> type = now.get(name);
                if (type == null) {
                    broken.add(name + ": no longer published");
                    continue;
                }
                broken.addAll(ContractCompatibility.jsonSchema(name, PublishedContracts.json(file),
                        PublishedContracts.eventSchema(type), ContractCompatibility.Writer.EVENT));
            }
        }
        PublishedContracts.writeCurrent();
        assertTrue(released >= 12, "the release's event schemas are read: " + released);
        assertEquals(List.of(), broken, "backward-incompatible against release " + release.getFileName());
    }

    @Test
    void every_event_schema_as_built_and_as_released_requires_every_field_since_every_field_is_always_written()
            throws IOException {
        List<String> missing = new ArrayList<>();
        for (var event : PublishedContracts.events().entrySet()) {
            Map<String, Object> schema = PublishedContracts.eventSchema(event.getValue());
            var properties = ContractCompatibility.map(schema.get("properties")).keySet();
            if (!new java.util.HashSet<>(ContractCompatibility.list(schema.get("required"))).equals(properties)) {
                missing.add("built " + event.getKey() + ": required " + schema.get("required") + ", fields " + properties);
            }
        }
        try (Stream<Path> files = Files.list(PublishedContracts.lastRelease().resolve("events"))) {
            for (Path file : files.sorted().toList()) {
                Map<String, Object> schema = PublishedContracts.json(file);
                var properties = ContractCompatibility.map(schema.get("properties")).keySet();
                if (!new java.util.HashSet<>(ContractCompatibility.list(schema.get("required"))).equals(properties)) {
                    missing.add("released " + file.getFileName() + ": required " + schema.get("required"));
                }
            }
        }
        assertEquals(List.of(), missing);
        // A stored event without a field the release requires is what the compatibility check refuses.
        Map<String, Object> released = Map.of("type", "object", "properties", Map.of("a", Map.of("type", "string")),
                "required", List.of());
        Map<String, Object> now = Map.of("type", "object", "properties", Map.of("a", Map.of("type", "string")),
                "required", List.of("a"));
        assertEquals(1, ContractCompatibility.jsonSchema("e", released, now, ContractCompatibility.Writer.EVENT).size());
    }

    @Test
    void every_event_has_a_schema_naming_its_fields_and_their_types() {
        Map<String, Class<?>> events = PublishedContracts.events();
        assertTrue(events.containsKey("social-care.child-entered-care.v1.schema.json"), events.keySet().toString());
        Map<String, Object> schema = PublishedContracts.eventSchema(events.get(
                "social-care.child-entered-care.v1.schema.json"));
        Map<String, Object> startDate = ContractCompatibility.map(
                ContractCompatibility.map(schema.get("properties")).get("startDate"));
        assertEquals("date", startDate.get("format"));
        assertEquals("urn:cypf:event:social-care.child-entered-care:1", schema.get("$id"));
    }
}
