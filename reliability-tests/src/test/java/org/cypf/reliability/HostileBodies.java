package org.cypf.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Bodies a hostile or careless client sends, built from a route's documented request schema: a plausible body with
 * one field made wrong at a time (a wrong JSON type, NUL, a lone surrogate, a date PostgreSQL cannot store or no
 * child could have, a huge number), and bodies wrong as a whole (deeply nested, oversized, not JSON, text/plain).
 * Every one of them must be refused without a 5xx and without storing anything.
 */
final class HostileBodies {
    /** One hostile request body: what it is, its media type and its bytes. */
    record Body(String what, String contentType, byte[] bytes) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSON = "application/json";

    /** Values that are wrong for a field of the given documented type, as raw JSON text. */
    private static List<String> wrongFor(String type, String format) {
        List<String> raw = new ArrayList<>();
        switch (type) {
            case "string" -> {
                raw.addAll(List.of("12345", "true", "[]", "{}", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff x\""));
                if ("date".equals(format) || "date-time".equals(format)) {
                    raw.addAll(List.of("\"-999999999-01-01\"", "\"-4800-05-01\"", "\"0000-01-01\"", "\"1800-01-01\"",
                            "\"+10000-01-01\"", "\"0000-01-01T00:00:00Z\"", "\"2025-02-30\"", "\"2025-06-01T25:00\""));
                }
                if ("uuid".equals(format)) {
                    raw.addAll(List.of("\"not-a-uuid\"", "\"00000000-0000-0000-0000-00000000000g\""));
                }
            }
            // 0.5 is wrong only for a whole number: for a decimal (an amount in pounds and pence) it is a valid value.
            case "integer" -> raw.addAll(List.of("\"0\"", "0.5", "true", "1e400", "-1e400",
                    "99999999999999999999999999999", "-99999999999999999999999999999", "[]", "\"\\u0000\""));
            case "number" -> raw.addAll(List.of("\"0\"", "true", "1e400", "-1e400",
                    "99999999999999999999999999999", "-99999999999999999999999999999", "[]", "\"\\u0000\""));
            case "boolean" -> raw.addAll(List.of("\"true\"", "1", "\"yes\"", "{}"));
            case "array" -> raw.addAll(List.of("{}", "\"x\"", "[null]", "[\"\\u0000\"]", "7"));
            case "object" -> raw.addAll(List.of("\"x\"", "[]", "42", "{\"\\u0000\": 1}"));
            default -> raw.addAll(List.of("\"\\u0000\"", "[[[]]]"));
        }
        return raw;
    }

    private final Function<String, JsonNode> resolveRef;

    HostileBodies(Function<String, JsonNode> resolveRef) {
        this.resolveRef = resolveRef;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema != null && schema.has("$ref")) {
            schema = resolveRef.apply(schema.get("$ref").asText());
        }
        return schema == null ? NODES.objectNode() : schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : "any";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText();
    }

    /** A plausible value of {@code schema}: what a careful client would send (it may still be refused). */
    JsonNode plausible(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String format = schema.path("format").asText();
        return switch (type(schema)) {
            case "string" -> switch (format) {
                case "date" -> NODES.textNode("2025-04-10");
                case "date-time" -> NODES.textNode("2025-04-10T10:00:00Z");
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                default -> NODES.textNode("A1");
            };
            case "integer", "number" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asInt() : 0);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4 && schema.has("items")) {
                    array.add(plausible(schema.get("items"), depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
                        String name = names.next();
                        object.set(name, plausible(schema.get("properties").get(name), depth + 1));
                    }
                }
                yield object;
            }
            default -> NODES.textNode("A1");
        };
    }

    /** Every hostile body for a route reading {@code schema} (null: a route whose body is not described). */
    List<Body> forSchema(JsonNode schema) {
        List<Body> bodies = new ArrayList<>();
        if (schema != null) {
            JsonNode resolved = resolve(schema);
            JsonNode base = plausible(resolved, 0);
            if (base.isObject()) {
                mutate((ObjectNode) base, List.of(), resolved, bodies);
            }
            bodies.add(new Body("text/plain body holding JSON", "text/plain",
                    base.toString().getBytes(StandardCharsets.UTF_8)));
            bodies.add(new Body("no Content-Type", null, base.toString().getBytes(StandardCharsets.UTF_8)));
            bodies.add(new Body("JSON declared in ISO-8859-1", "application/json; charset=ISO-8859-1",
                    base.toString().getBytes(StandardCharsets.ISO_8859_1)));
            if (base.isObject()) {
                bodies.add(new Body("unknown field", JSON, withField(base, "notAField", "1")));
                bodies.add(new Body("NUL in a field name", JSON, withField(base, "a\u0000b", "1")));
            }
        }
        bodies.addAll(whole());
        return bodies;
    }

    /** One body per (field, wrong value), each the whole body with that one field of the object at {@code path} wrong. */
    private void mutate(ObjectNode root, List<String> path, JsonNode schema, List<Body> bodies) {
        String prefix = path.isEmpty() ? "" : String.join(".", path) + ".";
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode property = resolve(schema.get("properties").get(name));
            String type = type(property);
            for (String raw : wrongFor(type, property.path("format").asText())) {
                ObjectNode copy = root.deepCopy();
                at(copy, path).putRawValue(name, new RawValue(raw));
                bodies.add(new Body(prefix + name + " = " + raw, JSON, bytes(copy)));
            }
            if (type.equals("string")) {
                ObjectNode copy = root.deepCopy();
                at(copy, path).put(name, "x".repeat(1_100_000));
                bodies.add(new Body(prefix + name + " over 1 MiB", JSON, bytes(copy)));
            }
            if (type.equals("object") && path.size() < 2 && at(root, path).get(name) instanceof ObjectNode) {
                // One level in: the nested object's fields are made wrong one at a time too.
                List<String> inner = new ArrayList<>(path);
                inner.add(name);
                mutate(root, inner, property, bodies);
            }
        }
    }

    private static ObjectNode at(ObjectNode root, List<String> path) {
        ObjectNode node = root;
        for (String name : path) {
            node = (ObjectNode) node.get(name);
        }
        return node;
    }

    private static byte[] bytes(JsonNode body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withField(JsonNode base, String name, String raw) {
        ObjectNode copy = base.deepCopy();
        copy.putRawValue(name, new RawValue(raw));
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Bodies wrong as a whole, whatever the route. */
    static List<Body> whole() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body("empty", JSON, new byte[0]));
        for (String raw : List.of("{", "null", "[]", "\"text\"", "42", "{\"a\": 1, \"a\": 2}", "{} {}", "\uFEFF{}",
                "{\"a\": \"\\ud800\"}", "{\"a\": NaN}")) {
            bodies.add(new Body("not an object: " + raw, JSON, raw.getBytes(StandardCharsets.UTF_8)));
        }
        bodies.add(new Body("invalid UTF-8", JSON, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        bodies.add(new Body("nested 100,000 deep", JSON,
                ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("objects nested 5,000 deep", JSON,
                ("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)).getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("2 MiB of JSON", JSON,
                ("{\"a\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("form", "application/x-www-form-urlencoded", "a=1&b=2".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("XML", "application/xml", "<a>1</a>".getBytes(StandardCharsets.UTF_8)));
        return bodies;
    }
}
