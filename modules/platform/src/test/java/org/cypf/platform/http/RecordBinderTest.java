package org.cypf.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The binder reads a body into an api record strictly, and names every bad field at once. */
class RecordBinderTest {
    enum Kind { MOTHER, FATHER, CARER }

    record Member(String name, Kind kind, LocalDate dateOfBirth, @Nullable Postcode postcode) {}

    record Household(UUID householdId, LocalDate since, int adults, @Nullable Long visits, boolean shared,
                     @Nullable BigDecimal rent, @Nullable Instant seenAt, List<Member> members,
                     @Nullable List<String> notes, long version) {}

    record Note(String text) {}

    record Review(UUID planId, LocalDate reviewDate, @Nullable String category, long version) {}

    /** A command that checks itself on construction, as buckpal's do. */
    record Period(LocalDate from, LocalDate to) {
        Period {
            if (to.isBefore(from)) {
                throw InvalidInput.of("to", "must not be before from");
            }
        }
    }

    record Tally(Map<String, Integer> counts) {}

    private static final String MEMBERS = """
            [{"name": "Ann", "kind": "MOTHER", "dateOfBirth": "1990-02-03"},
             {"name": "Bob", "kind": "FATHER", "dateOfBirth": "1988-11-30", "postcode": "st4 1hh"}]""";

    private static final String HOUSEHOLD = """
            {"householdId": "123e4567-e89b-12d3-a456-426614174000", "since": "2024-05-06", "adults": 2,
             "shared": false, "members": %s, "version": 3}""".formatted(MEMBERS);

    private static <T> T bind(Class<T> type, String json) {
        return RecordBinder.of(type).bind(json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static List<FieldViolation> refused(Class<?> type, String json) {
        return refused(RecordBinder.of(type), json, Map.of());
    }

    private static List<FieldViolation> refused(RecordBinder<?> binder, String json, Map<String, String> path) {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> binder.bind(json.getBytes(StandardCharsets.UTF_8), path));
        return e.violations();
    }

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }

    private static String reason(List<FieldViolation> violations, String field) {
        return violations.stream().filter(v -> v.field().equals(field)).map(FieldViolation::reason).findFirst()
                .orElseThrow(() -> new AssertionError(field + " not named in " + violations));
    }

    @Test
    void a_good_body_binds_to_the_record_with_nested_records_lists_enums_and_value_types() {
        Household h = bind(Household.class, HOUSEHOLD);

        assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), h.householdId());
        assertEquals(LocalDate.of(2024, 5, 6), h.since());
        assertEquals(2, h.adults());
        assertNull(h.visits(), "an absent optional component is null");
        assertEquals(List.of(), h.notes(), "an absent optional list is empty, never null");
        assertEquals(Kind.FATHER, h.members().get(1).kind());
        assertEquals("ST4 1HH", h.members().get(1).postcode().value(), "value types read through their parse");
        assertNull(h.members().getFirst().postcode());
        assertEquals(3L, h.version());
    }

    @Test
    void a_body_starting_with_a_byte_order_mark_is_refused_even_when_what_follows_would_bind() {
        assertEquals(List.of(new FieldViolation("$", "starts with a byte order mark, which a JSON text must not carry "
                + "(RFC 8259, section 8.1)")), refused(Household.class, "\uFEFF" + HOUSEHOLD));
        assertEquals(2, bind(Household.class, HOUSEHOLD).adults(), "the same body without the mark binds");
    }

    @Test
    void every_bad_field_is_named_in_one_answer_with_indexed_paths() {
        String body = """
                {"householdId": "not-a-uuid", "since": "06/05/2024", "adults": "2", "shared": "no",
                 "members": [{"name": "Ann", "kind": "MOTHER", "dateOfBirth": "1990-02-03"},
                             {"name": "Bob", "kind": "UNCLE", "dateOfBirth": "1988-11-30"},
                             {"name": true, "kind": "CARER", "dateOfBirth": "30/11/1988", "age": 3}],
                 "colour": "red"}""";

        List<FieldViolation> v = refused(Household.class, body);

        assertEquals(List.of("householdId", "since", "adults", "shared", "members[1].kind", "members[2].name",
                "members[2].dateOfBirth", "members[2].age", "version", "colour"), fields(v));
        assertEquals("expected a date as yyyy-mm-dd", reason(v, "members[2].dateOfBirth"));
        assertEquals("must be one of MOTHER, FATHER, CARER", reason(v, "members[1].kind"));
        assertEquals("is not a field of this resource", reason(v, "colour"));
        assertEquals("is required", reason(v, "version"));
        assertFalse(v.toString().contains("06/05/2024") || v.toString().contains("UNCLE"), "no value is echoed");
    }

    @Nested
    class No_coercion {
        private String withAdults(String adults) {
            return HOUSEHOLD.replace("\"adults\": 2", "\"adults\": " + adults);
        }

        @Test
        void a_whole_number_accepts_only_a_whole_number_token() {
            for (String bad : List.of("\"0\"", "0.5", "1.5", "1.0", "1e2", "true", "[2]", "{}")) {
                List<FieldViolation> v = refused(Household.class, withAdults(bad));
                assertEquals(List.of(new FieldViolation("adults", "has the wrong type: expected a whole number")), v, bad);
            }
            assertEquals(7, bind(Household.class, withAdults("7")).adults());
        }

        @Test
        void a_number_out_of_the_java_range_is_refused_not_wrapped() {
            assertEquals("must be a whole number from -2147483648 to 2147483647",
                    reason(refused(Household.class, withAdults("2147483648")), "adults"));
            assertEquals(List.of("version"), fields(refused(Household.class,
                    HOUSEHOLD.replace("\"version\": 3", "\"version\": 99999999999999999999"))));
        }

        @Test
        void text_accepts_only_a_string() {
            for (String bad : List.of("true", "1", "1.5", "[\"a\"]", "{\"a\": 1}")) {
                String body = "{\"planId\": \"123e4567-e89b-12d3-a456-426614174000\", \"reviewDate\": \"2025-01-02\", "
                        + "\"category\": " + bad + ", \"version\": 0}";
                assertEquals(List.of(new FieldViolation("category", "has the wrong type: expected text")),
                        refused(Review.class, body), bad);
            }
        }

        @Test
        void booleans_dates_and_lists_refuse_other_types() {
            String body = HOUSEHOLD.replace("\"shared\": false", "\"shared\": 0")
                    .replace("\"since\": \"2024-05-06\"", "\"since\": 20240506")
                    .replace("\"members\": " + MEMBERS, "\"members\": {\"name\": \"Ann\"}");
            List<FieldViolation> v = refused(Household.class, body);
            assertEquals("has the wrong type: expected true or false", reason(v, "shared"));
            assertEquals("has the wrong type: expected a date as yyyy-mm-dd", reason(v, "since"));
            assertEquals("has the wrong type: expected a list", reason(v, "members"));
        }

        @Test
        void a_decimal_keeps_every_digit() {
            Household h = bind(Household.class, HOUSEHOLD.replace("\"version\"", "\"rent\": 123.4500000000000001, \"version\""));
            assertEquals(new BigDecimal("123.4500000000000001"), h.rent());
        }
    }

    @Nested
    class Text {
        private List<FieldViolation> withCategory(String json) {
            return refused(Review.class, "{\"planId\": \"123e4567-e89b-12d3-a456-426614174000\", "
                    + "\"reviewDate\": \"2025-01-02\", \"category\": " + json + ", \"version\": 0}");
        }

        private Review review(String json) {
            return bind(Review.class, "{\"planId\": \"123e4567-e89b-12d3-a456-426614174000\", "
                    + "\"reviewDate\": \"2025-01-02\", \"category\": " + json + ", \"version\": 0}");
        }

        @Test
        void nul_and_other_control_characters_are_refused() {
            assertEquals("must not contain control characters such as NUL",
                    reason(withCategory("\"NEG\\u0000\""), "category"));
            assertEquals(List.of("category"), fields(withCategory("\"a\\u0007b\"")));
        }

        @Test
        void a_lone_surrogate_is_refused_but_a_pair_is_text() {
            assertEquals("is not valid Unicode text (a lone surrogate)", reason(withCategory("\"a\\ud800b\""), "category"));
            assertEquals(List.of("category"), fields(withCategory("\"\\udc00\"")));
            assertEquals("smile \uD83D\uDE00", review("\"smile \\ud83d\\ude00\"").category());
        }

        @Test
        void text_is_stripped_and_blank_is_absent() {
            assertEquals("NEG", review("\"  NEG \"").category());
            assertNull(review("\"   \"").category());
            assertEquals("line one\nline two\tend", review("\"line one\\nline two\\tend\"").category());
            assertEquals(List.of(new FieldViolation("reviewDate", "is required")), refused(Review.class,
                    "{\"planId\": \"123e4567-e89b-12d3-a456-426614174000\", \"reviewDate\": \" \", \"version\": 0}"));
        }
    }

    @Nested
    class Dates {
        private List<FieldViolation> since(String date, BindingRules rules) {
            return refused(RecordBinder.of(Household.class, Set.of(), rules),
                    HOUSEHOLD.replace("2024-05-06", date), Map.of());
        }

        @Test
        void dates_outside_the_plausible_range_are_refused_with_the_range_in_the_reason() {
            for (String date : List.of("0000-01-01", "1800-06-01", "1899-12-31", "2101-01-01", "-999999999-01-01",
                    "+10000-01-01", "-4800-05-01")) {
                assertEquals(List.of(new FieldViolation("since", "must be a date from 1900-01-01 to 2100-12-31")),
                        since(date, BindingRules.defaults()), date);
            }
            assertEquals(LocalDate.of(1900, 1, 1), bind(Household.class, HOUSEHOLD.replace("2024-05-06", "1900-01-01")).since());
        }

        @Test
        void a_date_must_be_iso_and_real() {
            for (String date : List.of("2024-02-30", "2024-5-6", "2024-05-06T00:00", "20240506", "yesterday")) {
                assertEquals("expected a date as yyyy-mm-dd", reason(since(date, BindingRules.defaults()), "since"), date);
            }
        }

        @Test
        void the_range_is_configurable_per_binder_and_per_field_including_list_items() {
            var rules = BindingRules.defaults().withDates(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31))
                    .withDates("members.dateOfBirth", LocalDate.of(1950, 1, 1), LocalDate.of(2030, 12, 31));
            assertEquals("must be a date from 2000-01-01 to 2030-12-31", reason(since("1999-12-31", rules), "since"));
            List<FieldViolation> v = refused(RecordBinder.of(Household.class, Set.of(), rules),
                    HOUSEHOLD.replace("1988-11-30", "1949-12-31"), Map.of());
            assertEquals(List.of(new FieldViolation("members[1].dateOfBirth",
                    "must be a date from 1950-01-01 to 2030-12-31")), v);
            assertEquals(LocalDate.of(1990, 2, 3),
                    RecordBinder.of(Household.class, Set.of(), rules).bind(HOUSEHOLD.getBytes(StandardCharsets.UTF_8),
                            Map.of()).members().getFirst().dateOfBirth(), "1990 is outside the default for since but fine for members");
        }

        @Test
        void a_date_time_needs_an_offset_unless_the_rules_name_a_zone() {
            String body = HOUSEHOLD.replace("\"version\"", "\"seenAt\": \"2025-06-30T09:15\", \"version\"");
            assertTrue(reason(refused(Household.class, body), "seenAt").startsWith("expected a date-time"));
            var england = BindingRules.defaults().withLocalTimeIn(ZoneId.of("Europe/London"));
            assertEquals(Instant.parse("2025-06-30T08:15:00Z"), RecordBinder.of(Household.class, Set.of(), england)
                    .bind(body.getBytes(StandardCharsets.UTF_8), Map.of()).seenAt());
            assertEquals(Instant.parse("2025-06-30T09:15:00Z"), bind(Household.class,
                    body.replace("09:15\"", "10:15+01:00\"")).seenAt());
            assertEquals("must be a date from 1900-01-01 to 2100-12-31", reason(refused(Household.class,
                    body.replace("2025-06-30T09:15", "0000-01-01T00:00:00Z")), "seenAt"));
        }
    }

    @Nested
    class Shape_of_the_body {
        @Test
        void not_json_an_empty_body_and_not_an_object_are_named_dollar() {
            assertEquals("$", fields(refused(Review.class, "{not json")).getFirst());
            assertTrue(reason(refused(Review.class, "{not json"), "$").startsWith("is not valid JSON (line 1"));
            assertEquals(List.of(new FieldViolation("$", "a JSON body is required")), refused(Review.class, ""));
            assertEquals(List.of(new FieldViolation("$", "a JSON object is required")), refused(Review.class, "[1]"));
            assertEquals(List.of(new FieldViolation("$", "a JSON object is required")), refused(Review.class, "null"));
            assertEquals("$", fields(refused(Review.class, "{} {}")).getFirst(), "trailing content is refused");
        }

        @Test
        void a_field_given_twice_is_named() {
            assertEquals(List.of(new FieldViolation("members[0].name", "is given more than once")),
                    refused(Household.class, HOUSEHOLD.replace("\"name\": \"Ann\"", "\"name\": \"Ann\", \"name\": \"Eve\"")));
        }

        @Test
        void null_list_items_and_nulls_for_required_fields_are_named() {
            List<FieldViolation> v = refused(Household.class, HOUSEHOLD.replace("\"version\": 3", "\"version\": null")
                    .replace("\"members\": [", "\"members\": [null, "));
            assertEquals(List.of("members[0]", "version"), fields(v));
        }

        @Test
        void a_value_types_own_reason_is_kept_under_the_clients_path() {
            List<FieldViolation> v = refused(Household.class, HOUSEHOLD.replace("st4 1hh", "nowhere"));
            assertEquals(List.of(new FieldViolation("members[1].postcode", "must be a UK postcode such as ST4 1HH")), v);
        }

        @Test
        void a_record_that_checks_itself_reports_at_its_fields_paths() {
            assertEquals(List.of(new FieldViolation("to", "must not be before from")),
                    refused(Period.class, "{\"from\": \"2025-02-01\", \"to\": \"2025-01-01\"}"));
        }

        @Test
        void maps_bind_with_their_keys_in_the_path() {
            assertEquals(Map.of("a", 1), bind(Tally.class, "{\"counts\": {\"a\": 1}}").counts());
            assertEquals(List.of("counts.b"), fields(refused(Tally.class, "{\"counts\": {\"a\": 1, \"b\": 1.5}}")));
        }

        @Test
        void a_body_with_none_of_the_records_fields_is_refused_for_those_fields_alone() {
            assertEquals(List.of(new FieldViolation("nickname", "is not a field of this resource")),
                    refused(Review.class, "{\"nickname\": \"Sam\"}"));
            assertEquals(List.of("reviewDate", "version", "nickname"),
                    fields(refused(Review.class, "{\"planId\": \"123e4567-e89b-12d3-a456-426614174000\", "
                            + "\"nickname\": \"Sam\"}")), "one field of the record: what it lacks is named too");
            assertEquals(List.of("planId", "reviewDate", "version"), fields(refused(Review.class, "{}")));
        }

        @Test
        void an_unknown_field_name_is_made_printable_before_it_is_named() {
            List<FieldViolation> v = refused(Review.class, "{\"a\\u0000b\": 1, \"planId\": "
                    + "\"123e4567-e89b-12d3-a456-426614174000\", \"reviewDate\": \"2025-01-02\", \"version\": 0}");
            assertEquals(List.of(new FieldViolation("a?b", "is not a field of this resource")), v);
        }
    }

    @Nested
    class Presence_decided_by_the_route {
        @Test
        void a_route_may_make_a_shared_records_field_optional_or_a_nullable_one_required() {
            var rules = BindingRules.defaults().withOptional("members.kind", "version").withRequired("visits");
            var binder = RecordBinder.of(Household.class, Set.of(), rules);
            String body = HOUSEHOLD.replace("\"kind\": \"MOTHER\", ", "");

            assertEquals(List.of(new FieldViolation("visits", "is required"), new FieldViolation("version", "is required")),
                    refused(binder, body.replace(", \"version\": 3", ""), Map.of()),
                    "version is primitive, so it stays required");
            Household h = binder.bind(body.replace("\"version\"", "\"visits\": 2, \"version\"")
                    .getBytes(StandardCharsets.UTF_8), Map.of());
            assertNull(h.members().getFirst().kind());
            assertEquals(List.of("members[0].kind"), fields(refused(Household.class, body)), "by default it is required");
        }

        @Test
        void the_schema_says_the_same() {
            var rules = BindingRules.defaults().withOptional("members.kind").withRequired("visits");
            Map<String, Object> schema = JsonSchemas.request(Household.class, Set.of(), rules);
            assertTrue(((List<?>) schema.get("required")).contains("visits"));
            Map<?, ?> members = (Map<?, ?>) ((Map<?, ?>) schema.get("properties")).get("members");
            assertEquals(List.of("name", "dateOfBirth"), ((Map<?, ?>) members.get("items")).get("required"));
        }
    }

    @Nested
    class Path_parameters {
        private final RecordBinder<Review> binder =
                RecordBinder.of(Review.class, Set.of("planId", "unrelated"), BindingRules.defaults());

        @Test
        void components_named_like_a_path_parameter_are_read_from_the_path() {
            Review r = binder.bind("{\"reviewDate\": \"2025-01-02\", \"version\": 4}".getBytes(StandardCharsets.UTF_8),
                    Map.of("planId", "123e4567-e89b-12d3-a456-426614174000"));
            assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), r.planId());
            assertEquals(Set.of("planId"), binder.fromPath());
        }

        @Test
        void a_bad_path_parameter_is_named_with_the_bodys_faults_and_the_body_may_not_repeat_it() {
            List<FieldViolation> v = refused(binder,
                    "{\"planId\": \"123e4567-e89b-12d3-a456-426614174000\", \"reviewDate\": \"2 Jan\", \"version\": 4}",
                    Map.of("planId", "nope"));
            assertEquals(List.of("planId", "reviewDate", "planId"), fields(v));
            assertTrue(v.getFirst().reason().startsWith("expected a UUID"));
            assertEquals("is not a field of this resource", v.getLast().reason());
        }

        @Test
        void the_body_schema_leaves_the_path_out() {
            Map<String, Object> schema = binder.bodySchema();
            assertEquals(List.of("reviewDate", "version"), schema.get("required"));
            assertFalse(((Map<?, ?>) schema.get("properties")).containsKey("planId"));
        }
    }

    @Nested
    class Types_are_checked_when_the_binder_is_made {
        record WithObject(Object anything) {}

        record PrimitiveMarkedOptional(@Nullable int count) {}

        record Nested(List<WithObject> items) {}

        @Test
        void an_unsupported_component_fails_at_startup_not_on_a_request() {
            var e = assertThrows(IllegalArgumentException.class, () -> RecordBinder.of(WithObject.class));
            assertTrue(e.getMessage().contains("java.lang.Object has no JSON binding"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> RecordBinder.of(Nested.class));
        }

        @Test
        void a_primitive_cannot_be_optional() {
            var e = assertThrows(IllegalArgumentException.class, () -> RecordBinder.of(PrimitiveMarkedOptional.class));
            assertTrue(e.getMessage().contains("always required"), e.getMessage());
        }

        @Test
        void only_records_bind() {
            assertThrows(IllegalArgumentException.class, () -> RecordBinder.of(String.class));
        }
    }
}
