package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cypf.app.ContractCompatibility.Writer;
import org.junit.jupiter.api.Test;

/**
 * The compatibility check of ADR 0100 bites: a small released contract (test resources {@code contracts/}) is
 * broken in each way the ADR forbids, and the check names each break; the same contract with additions only passes.
 */
class ContractCompatibilityTest {
    private static final Map<String, Object> RELEASED = PublishedContracts.yamlResource("/contracts/released-openapi.yaml");

    private static List<String> broken(Consumer<Map<String, Object>> change) {
        Map<String, Object> after = copy(RELEASED);
        change.accept(after);
        return ContractCompatibility.openApi(RELEASED, after);
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return (T) out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return node;
    }

    private static Map<String, Object> at(Map<String, Object> document, String... path) {
        Map<String, Object> node = document;
        for (String part : path) {
            node = ContractCompatibility.map(node.get(part));
        }
        return node;
    }

    @Test
    void the_released_contract_is_compatible_with_itself_and_with_additions() {
        assertEquals(List.of(), ContractCompatibility.openApi(RELEASED, RELEASED));
        assertEquals(List.of(), ContractCompatibility.openApi(RELEASED,
                PublishedContracts.yamlResource("/contracts/compatible-openapi.yaml")));
    }

    @Test
    void a_removed_route_breaks() {
        assertEquals(List.of("DELETE /children/{id}: route removed"),
                broken(doc -> at(doc, "paths").remove("/children/{id}")));
    }

    @Test
    void a_removed_or_renamed_field_breaks_in_a_body_and_in_an_answer() {
        assertEquals(List.of("POST /children body (application/json).upn: field removed or renamed"),
                broken(doc -> {
                    Map<String, Object> properties = at(doc, "components", "schemas", "NewChild", "properties");
                    properties.put("uniquePupilNumber", properties.remove("upn"));
                }));
        assertEquals(List.of("GET /children 200 (application/json).items[].sessions: field removed or renamed",
                        "POST /children 201 (application/json).sessions: field removed or renamed"),
                broken(doc -> at(doc, "components", "schemas", "Child", "properties").remove("sessions")));
    }

    @Test
    void a_changed_type_breaks() {
        assertEquals(List.of("GET /children 200 (application/json).items[].sessions: type was [integer], now [string]",
                        "POST /children 201 (application/json).sessions: type was [integer], now [string]"),
                broken(doc -> at(doc, "components", "schemas", "Child", "properties", "sessions").put("type", "string")));
        assertEquals(List.of("GET /children 200 (application/json).items[].id: type was [string], now [null, string]",
                        "POST /children 201 (application/json).id: type was [string], now [null, string]"),
                broken(doc -> at(doc, "components", "schemas", "Child", "properties", "id")
                        .put("type", List.of("string", "null"))));
        assertEquals(List.of("POST /children body (application/json).legalStatus: no longer accepts [V2]"),
                broken(doc -> at(doc, "components", "schemas", "NewChild", "properties", "legalStatus")
                        .put("enum", List.of("C1", "C2"))));
    }

    @Test
    void a_new_required_field_or_parameter_breaks() {
        assertEquals(List.of("POST /children body (application/json): now also requires [upn]"),
                broken(doc -> at(doc, "components", "schemas", "NewChild").put("required", List.of("dateOfBirth", "upn"))));
        assertEquals(List.of("GET /children parameter query team: new and required"),
                broken(doc -> {
                    List<Object> parameters = new ArrayList<>((List<?>) at(doc, "paths", "/children", "get")
                            .get("parameters"));
                    parameters.add(Map.of("name", "team", "in", "query", "required", true,
                            "schema", Map.of("type", "string")));
                    at(doc, "paths", "/children", "get").put("parameters", parameters);
                }));
    }

    @Test
    void an_event_breaks_on_a_removed_field_a_changed_type_or_a_new_required_field() {
        Map<String, Object> released = PublishedContracts.json(Path.of("src/test/resources/contracts/"
                + "released-event.schema.json"));
        assertEquals(List.of(), ContractCompatibility.jsonSchema("e", released, released, Writer.EVENT));
        Map<String, Object> after = copy(released);
        Map<String, Object> properties = at(after, "properties");
        properties.remove("startDate");
        at(after, "properties", "sessions").put("type", "number");
        at(after, "properties", "upn").put("type", "string");
        after.put("required", List.of("childId", "upn"));
        assertEquals(List.of("e: now also requires [upn]", "e.startDate: field removed or renamed",
                        "e.sessions: type was [integer], now [number]"),
                ContractCompatibility.jsonSchema("e", released, after, Writer.EVENT));
        Map<String, Object> optional = copy(released);
        optional.put("required", List.of());
        assertEquals(List.of("e: no longer always has [childId]"),
                ContractCompatibility.jsonSchema("e", released, optional, Writer.EVENT));
    }
}
