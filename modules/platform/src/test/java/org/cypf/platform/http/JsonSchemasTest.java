package org.cypf.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.identity.NhsNumber;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Schemas generated from records, and the comparison that keeps a hand-written document honest both ways. */
class JsonSchemasTest {
    enum Outcome { AGREED, NOT_AGREED }

    record Child(String localChildId, @Nullable NhsNumber nhsNumber, LocalDate dateOfBirth) {}

    record Meeting(UUID meetingId, Child child, Instant heldAt, Outcome outcome, int attendees,
                   @Nullable BigDecimal cost, boolean virtual, List<String> notes, Map<String, Integer> votes,
                   long version) {}

    record MeetingView(UUID meetingId, Outcome outcome, @Nullable LocalDate reviewedOn, long version) {}

    private static Map<String, Object> yaml(String text) {
        return new Yaml().load(text);
    }

    @Test
    void a_request_schema_lists_every_component_with_its_wire_type_and_requires_the_non_nullable_ones() {
        Map<String, Object> expected = yaml("""
                type: object
                required: [meetingId, child, heldAt, outcome, attendees, virtual, notes, votes, version]
                properties:
                  meetingId: {type: string, format: uuid}
                  child:
                    type: object
                    required: [localChildId, dateOfBirth]
                    properties:
                      localChildId: {type: string}
                      nhsNumber: {type: string}
                      dateOfBirth: {type: string, format: date}
                  heldAt: {type: string, format: date-time}
                  outcome: {type: string, enum: [AGREED, NOT_AGREED]}
                  attendees: {type: integer}
                  cost: {type: number}
                  virtual: {type: boolean}
                  notes: {type: array, items: {type: string}}
                  votes: {type: object, additionalProperties: {type: integer}}
                  version: {type: integer}
                """);
        assertEquals(expected, JsonSchemas.request(Meeting.class));
    }

    @Test
    void path_components_are_left_out_of_the_body() {
        Map<String, Object> body = JsonSchemas.request(MeetingView.class, Set.of("meetingId"));
        assertEquals(List.of("outcome", "version"), body.get("required"));
        assertEquals(Set.of("outcome", "reviewedOn", "version"), ((Map<?, ?>) body.get("properties")).keySet());
    }

    @Test
    void a_response_schema_types_nullable_components_with_null_and_has_no_required_list() {
        assertEquals(yaml("""
                type: object
                properties:
                  meetingId: {type: string, format: uuid}
                  outcome: {type: string, enum: [AGREED, NOT_AGREED]}
                  reviewedOn: {type: [string, "null"], format: date}
                  version: {type: integer}
                """), JsonSchemas.response(MeetingView.class));
    }

    private static List<String> differences(String documented, Class<?> type) {
        Map<String, Object> components = yaml("""
                Child:
                  type: object
                  required: [localChildId, dateOfBirth]
                  properties:
                    localChildId: {type: string, description: the authority's reference}
                    nhsNumber: {type: string}
                    dateOfBirth: {type: string, format: date}
                """);
        @SuppressWarnings("unchecked")
        var refs = (java.util.function.Function<String, Map<String, Object>>) ref ->
                (Map<String, Object>) components.get(ref.substring(ref.lastIndexOf('/') + 1));
        return JsonSchemas.differences("body", yaml(documented), JsonSchemas.request(type, Set.of("meetingId")), refs);
    }

    private static final String MEETING = """
            type: object
            required: [child, heldAt, outcome, attendees, virtual, notes, votes, version]
            properties:
              child: {$ref: '#/components/schemas/Child'}
              heldAt: {type: string, format: date-time, description: when}
              outcome: {type: string, enum: [AGREED, NOT_AGREED]}
              attendees: {type: integer, enum: [1, 2, 3, 4], description: documentation may narrow a plain type}
              cost: {type: number}
              virtual: {type: boolean}
              notes: {type: array, items: {type: string}}
              votes: {type: object, additionalProperties: {type: integer}}
              version: {type: integer}
            """;

    @Test
    void a_document_that_agrees_with_the_type_has_no_differences_whatever_it_adds_in_words() {
        assertEquals(List.of(), differences(MEETING, Meeting.class));
    }

    @Test
    void a_property_only_documented_or_only_in_the_type_is_a_difference_both_ways() {
        List<String> d = differences(MEETING.replace("  cost: {type: number}\n", "  price: {type: number}\n"), Meeting.class);
        assertEquals(List.of("body.price: documented but not a component of the type",
                "body.cost: a component of the type but not documented"), d);
    }

    @Test
    void types_formats_enums_items_and_required_lists_are_compared() {
        assertEquals(List.of("body.heldAt: documented with format date, the type has format date-time"),
                differences(MEETING.replace("format: date-time", "format: date"), Meeting.class));
        assertEquals(List.of("body.outcome: documented with values [AGREED], the type has [AGREED, NOT_AGREED]"),
                differences(MEETING.replace("enum: [AGREED, NOT_AGREED]", "enum: [AGREED]"), Meeting.class));
        assertEquals(List.of("body.virtual: documented as string, the type is boolean"),
                differences(MEETING.replace("virtual: {type: boolean}", "virtual: {type: string}"), Meeting.class));
        assertEquals(List.of("body.notes[]: documented as integer, the type is string"),
                differences(MEETING.replace("items: {type: string}", "items: {type: integer}"), Meeting.class));
        List<String> required = differences(MEETING.replace("required: [child, ", "required: [cost, child, "),
                Meeting.class);
        assertEquals(1, required.size());
        assertTrue(required.getFirst().contains("mark optional components @Nullable"), required::toString);
    }

    @Test
    void nested_records_are_compared_through_refs_and_an_object_documented_without_properties_is_drift() {
        List<String> d = differences(MEETING.replace("child: {$ref: '#/components/schemas/Child'}",
                "child: {type: object}"), Meeting.class);
        assertEquals(4, d.size(), d::toString); // three components and the required list
        assertTrue(d.contains("body.child.localChildId: a component of the type but not documented"), d::toString);
    }

    @Test
    void a_nullable_view_component_must_be_documented_as_nullable() {
        var refs = (java.util.function.Function<String, Map<String, Object>>) ref -> Map.of();
        String doc = """
                type: object
                properties:
                  meetingId: {type: string, format: uuid}
                  outcome: {type: string, enum: [AGREED, NOT_AGREED]}
                  reviewedOn: {type: string, format: date}
                  version: {type: integer}
                """;
        assertEquals(List.of("view.reviewedOn: may be null (@Nullable) but is documented as never null"),
                JsonSchemas.differences("view", yaml(doc), JsonSchemas.response(MeetingView.class), refs));
        assertEquals(List.of(), JsonSchemas.differences("view", yaml(doc.replace("{type: string, format: date}",
                "{type: [string, \"null\"], format: date}")), JsonSchemas.response(MeetingView.class), refs));
    }
}
