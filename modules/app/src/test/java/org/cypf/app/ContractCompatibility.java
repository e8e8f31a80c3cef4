package org.cypf.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a published contract with the one about to be built and names every backward-incompatible change
 * (ADR 0100). Two kinds of contract, one reading:
 *
 * <ul>
 *   <li>the OpenAPI document: a removed route (path and method), a removed or newly required parameter, and in each
 *   body and answer the changes below;</li>
 *   <li>a JSON Schema, of a request body, an answer or an integration event.</li>
 * </ul>
 *
 * <p>Which change breaks whom depends on who writes the value. What a client writes (a request body) breaks when the
 * new contract accepts less: a field no longer accepted, a narrower type, a field newly required, an enum value
 * dropped. What CYPF writes (an answer, an event) breaks when readers get something they did not expect: a field gone
 * (a renamed field is a field gone), a changed or wider type (one that may now be null), a field no longer always
 * present. An integration event also breaks on a newly required field: events stored before the change (in the
 * outbox, or replayed by a relay) do not have it.
 */
final class ContractCompatibility {
    private ContractCompatibility() {}

    /** Who writes values of a schema, which decides what a change breaks. */
    enum Writer { CLIENT, CYPF, EVENT }

    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options",
            "trace");

    /** Every backward-incompatible change from {@code before} to {@code after}, two OpenAPI documents; empty if none. */
    static List<String> openApi(Map<String, Object> before, Map<String, Object> after) {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Object> path : map(before.get("paths")).entrySet()) {
            for (Map.Entry<String, Object> op : map(path.getValue()).entrySet()) {
                if (!HTTP_METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                Map<String, Object> now = map(map(map(after.get("paths")).get(path.getKey())).get(op.getKey()));
                if (now.isEmpty()) {
                    broken.add(where + ": route removed");
                    continue;
                }
                Map<String, Object> was = map(op.getValue());
                parameters(where, before, was, after, now, broken);
                map(map(resolve(before, was.get("requestBody"))).get("content")).forEach((type, content) -> {
                    Map<String, Object> nowContent = map(map(resolve(after, now.get("requestBody")).get("content"))
                            .get(type));
                    if (nowContent.isEmpty()) {
                        broken.add(where + " body (" + type + "): no longer accepted");
                    } else {
                        schema(where + " body (" + type + ")", before, map(content).get("schema"), after,
                                nowContent.get("schema"), Writer.CLIENT, broken);
                    }
                });
                map(was.get("responses")).forEach((status, response) -> {
                    Map<String, Object> nowResponse = map(map(now.get("responses")).get(status));
                    if (nowResponse.isEmpty()) {
                        broken.add(where + " " + status + ": answer removed");
                        return;
                    }
                    map(resolve(before, response).get("content")).forEach((type, content) -> {
                        Map<String, Object> nowContent = map(map(resolve(after, nowResponse).get("content")).get(type));
                        if (nowContent.isEmpty()) {
                            broken.add(where + " " + status + " (" + type + "): no longer answered");
                        } else {
                            schema(where + " " + status + " (" + type + ")", before, map(content).get("schema"), after,
                                    nowContent.get("schema"), Writer.CYPF, broken);
                        }
                    });
                });
            }
        }
        return broken;
    }

    /** Every backward-incompatible change between two JSON Schemas whose values {@code writer} writes. */
    static List<String> jsonSchema(String where, Map<String, Object> before, Map<String, Object> after, Writer writer) {
        List<String> broken = new ArrayList<>();
        schema(where, before, before, after, after, writer, broken);
        return broken;
    }

    private static void parameters(String where, Map<String, Object> beforeDoc, Map<String, Object> was,
                                   Map<String, Object> afterDoc, Map<String, Object> now, List<String> broken) {
        Map<String, Map<String, Object>> before = parameterMap(beforeDoc, was);
        Map<String, Map<String, Object>> after = parameterMap(afterDoc, now);
        before.forEach((key, parameter) -> {
            Map<String, Object> nowParameter = after.get(key);
            if (nowParameter == null) {
                broken.add(where + " parameter " + key + ": removed");
            } else {
                schema(where + " parameter " + key, beforeDoc, parameter.get("schema"), afterDoc,
                        nowParameter.get("schema"), Writer.CLIENT, broken);
            }
        });
        after.forEach((key, parameter) -> {
            if (Boolean.TRUE.equals(parameter.get("required")) && !before.containsKey(key)) {
                broken.add(where + " parameter " + key + ": new and required");
            }
        });
    }

    private static Map<String, Map<String, Object>> parameterMap(Map<String, Object> doc, Map<String, Object> op) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        if (op.get("parameters") instanceof List<?> list) {
            for (Object p : list) {
                Map<String, Object> parameter = resolve(doc, p);
                out.put(parameter.get("in") + " " + parameter.get("name"), parameter);
            }
        }
        return out;
    }

    private static void schema(String at, Map<String, Object> beforeDoc, Object beforeNode, Map<String, Object> afterDoc,
                               Object afterNode, Writer writer, List<String> broken) {
        Map<String, Object> before = resolve(beforeDoc, beforeNode);
        Map<String, Object> after = resolve(afterDoc, afterNode);
        Set<String> beforeTypes = types(before.get("type"));
        Set<String> afterTypes = types(after.get("type"));
        // An untyped schema takes anything: a client may send anything to it, a reader must expect anything from it.
        boolean fits = writer == Writer.CLIENT ? afterTypes.isEmpty() || afterTypes.containsAll(beforeTypes)
                : beforeTypes.isEmpty() || !afterTypes.isEmpty() && beforeTypes.containsAll(afterTypes);
        if (!fits) {
            broken.add(at + ": type was " + beforeTypes + ", now " + afterTypes);
            return;
        }
        if (writer == Writer.CLIENT && before.get("enum") instanceof List<?> was) {
            Set<Object> dropped = new LinkedHashSet<>(was);
            dropped.removeAll(after.get("enum") instanceof List<?> now ? now : was);
            if (!dropped.isEmpty()) {
                broken.add(at + ": no longer accepts " + dropped);
            }
        }
        Set<Object> requiredBefore = new HashSet<>(list(before.get("required")));
        Set<Object> requiredAfter = new HashSet<>(list(after.get("required")));
        if (writer != Writer.CYPF) {
            Set<Object> added = new TreeSet<>(requiredAfter.stream().map(String::valueOf).toList());
            added.removeAll(requiredBefore.stream().map(String::valueOf).toList());
            if (!added.isEmpty()) {
                broken.add(at + ": now also requires " + added);
            }
        }
        if (writer != Writer.CLIENT) {
            Set<Object> dropped = new TreeSet<>(requiredBefore.stream().map(String::valueOf).toList());
            dropped.removeAll(requiredAfter.stream().map(String::valueOf).toList());
            if (!dropped.isEmpty()) {
                broken.add(at + ": no longer always has " + dropped);
            }
        }
        Map<String, Object> afterProperties = map(after.get("properties"));
        map(before.get("properties")).forEach((name, property) -> {
            if (!afterProperties.containsKey(name)) {
                broken.add(at + "." + name + ": field removed or renamed");
            } else {
                schema(at + "." + name, beforeDoc, property, afterDoc, afterProperties.get(name), writer, broken);
            }
        });
        if (before.containsKey("items")) {
            schema(at + "[]", beforeDoc, before.get("items"), afterDoc, after.get("items"), writer, broken);
        }
        if (before.get("additionalProperties") instanceof Map<?, ?>) {
            schema(at + ".*", beforeDoc, before.get("additionalProperties"), afterDoc, after.get("additionalProperties"),
                    writer, broken);
        }
    }

    static Map<String, Object> resolve(Map<String, Object> document, Object node) {
        Map<String, Object> n = map(node);
        for (int depth = 0; n.get("$ref") instanceof String ref; depth++) {
            if (depth > 20 || !ref.startsWith("#/")) {
                throw new IllegalStateException("a $ref that cannot be followed: " + ref);
            }
            Map<String, Object> at = document;
            for (String part : ref.substring(2).split("/")) {
                at = map(at.get(part));
            }
            n = at;
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static Set<String> types(Object type) {
        Set<String> types = new TreeSet<>();
        if (type instanceof List<?> list) {
            list.forEach(t -> types.add(String.valueOf(t)));
        } else if (type != null) {
            types.add(String.valueOf(type));
        }
        return types;
    }
}
