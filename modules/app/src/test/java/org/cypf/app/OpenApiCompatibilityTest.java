package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document stays compatible with the one published before issue 7 (kept in test resources): every path
 * and method is still there, every documented field of a body or an answer is still there with the same type, and
 * no body requires a field it did not require. Adding is allowed; removing or tightening is not.
 */
class OpenApiCompatibilityTest {
    private static Map<String, Object> load(String resource) throws IOException {
        try (InputStream in = OpenApiCompatibilityTest.class.getResourceAsStream(resource)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Map<String, Object> resolve(Map<String, Object> document, Object node) {
        Map<String, Object> n = map(node);
        while (n.get("$ref") instanceof String ref) {
            Map<String, Object> at = document;
            for (String part : ref.substring(2).split("/")) {
                at = map(at.get(part));
            }
            n = at;
        }
        return n;
    }

    private static Set<String> types(Object type) {
        Set<String> types = new HashSet<>();
        if (type instanceof List<?> list) {
            list.forEach(t -> types.add(String.valueOf(t)));
        } else if (type != null) {
            types.add(String.valueOf(type));
        }
        return types;
    }

    /** Every field {@code before} documents, {@code after} still documents with the same type; bodies require no more. */
    private static void compare(String at, Map<String, Object> beforeDoc, Object beforeNode, Map<String, Object> afterDoc,
                                Object afterNode, boolean request, List<String> broken) {
        Map<String, Object> before = resolve(beforeDoc, beforeNode);
        Map<String, Object> after = resolve(afterDoc, afterNode);
        Set<String> beforeTypes = types(before.get("type"));
        Set<String> afterTypes = types(after.get("type"));
        if (!afterTypes.containsAll(beforeTypes)) {
            broken.add(at + ": was " + beforeTypes + ", now " + afterTypes);
            return;
        }
        if (request) {
            Set<Object> required = new HashSet<>(after.get("required") instanceof List<?> l ? l : List.of());
            required.removeAll(before.get("required") instanceof List<?> l ? l : List.of());
            if (!required.isEmpty()) {
                broken.add(at + ": now also requires " + required);
            }
        }
        map(before.get("properties")).forEach((name, schema) -> {
            if (!map(after.get("properties")).containsKey(name)) {
                broken.add(at + "." + name + ": no longer documented");
            } else {
                compare(at + "." + name, beforeDoc, schema, afterDoc, map(after.get("properties")).get(name), request, broken);
            }
        });
        if (before.containsKey("items")) {
            compare(at + "[]", beforeDoc, before.get("items"), afterDoc, after.get("items"), request, broken);
        }
    }

    @Test
    void every_path_method_and_field_published_before_is_still_there() throws IOException {
        Map<String, Object> before = load("/openapi-before-issue-7.yaml");
        Map<String, Object> after = load("/META-INF/openapi.yaml");
        List<String> broken = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, Object> path : map(before.get("paths")).entrySet()) {
            for (Map.Entry<String, Object> op : map(path.getValue()).entrySet()) {
                operations++;
                String where = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                Map<String, Object> now = map(map(map(after.get("paths")).get(path.getKey())).get(op.getKey()));
                if (now.isEmpty()) {
                    broken.add(where + ": no longer documented");
                    continue;
                }
                Map<String, Object> beforeOp = map(op.getValue());
                map(map(beforeOp.get("requestBody")).get("content")).forEach((type, content) -> compare(
                        where + " body (" + type + ")", before, map(content).get("schema"), after,
                        map(map(map(now.get("requestBody")).get("content")).get(type)).get("schema"), true, broken));
                map(beforeOp.get("responses")).forEach((status, response) -> {
                    Map<String, Object> nowResponse = map(map(now.get("responses")).get(status));
                    if (nowResponse.isEmpty()) {
                        broken.add(where + " " + status + ": no longer documented");
                        return;
                    }
                    map(resolve(before, response).get("content")).forEach((type, content) -> compare(
                            where + " " + status + " (" + type + ")", before, map(content).get("schema"), after,
                            map(map(resolve(after, nowResponse).get("content")).get(type)).get("schema"), false, broken));
                });
            }
        }
        assertTrue(operations >= 50, "the earlier document is read: " + operations + " operations");
        assertEquals(List.of(), broken);
    }
}
