package org.cypf.platform.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * OpenAPI 3.1 schemas generated from api records, by the same shapes the {@link RecordBinder} reads with: text
 * {@code string}; whole numbers {@code integer}; decimals {@code number}; booleans; {@code LocalDate} as
 * {@code format: date}; {@code Instant} as {@code format: date-time}; {@code UUID} as {@code format: uuid}; enums
 * with their names; kernel value types as {@code string}; lists as arrays; maps as objects with
 * {@code additionalProperties}; nested records inline.
 *
 * <p>A request schema lists as {@code required} every component not marked {@link org.cypf.kernel.contract.Nullable};
 * a response schema types such a component as {@code [type, "null"]} instead.
 *
 * <p>{@link #differences} compares a hand-written schema with a generated one, both ways, so the OpenAPI document
 * can keep its descriptions while its structure cannot drift from the types.
 */
public final class JsonSchemas {
    private JsonSchemas() {}

    /** The body a client sends to bind {@code type}. */
    public static Map<String, Object> request(Class<?> type) {
        return request(type, Set.of());
    }

    /** The body a client sends to bind {@code type} when {@code fromPath} components come from the path. */
    public static Map<String, Object> request(Class<?> type, Set<String> fromPath) {
        return request(type, fromPath, BindingRules.defaults());
    }

    /** The body a client sends to bind {@code type} by {@code rules} (which may make components optional). */
    public static Map<String, Object> request(Class<?> type, Set<String> fromPath, BindingRules rules) {
        Shape shape = Shape.of(type);
        var describing = new Shape.Describing(false, rules);
        return shape instanceof Shape.RecordShape record ? record.schemaExcept(describing, "", fromPath)
                : shape.schema(describing, "");
    }

    /** What CYPF writes for {@code type}. */
    public static Map<String, Object> response(Class<?> type) {
        return Shape.of(type).schema(new Shape.Describing(true, BindingRules.defaults()), "");
    }

    /**
     * Where a documented schema and a generated one disagree, read both ways: a property documented but not in the
     * type, a property of the type not documented, a different type, format, enum, item or required list. Empty
     * when they agree.
     *
     * <p>The documentation may say more than the type where the type is plain: an {@code enum} or a {@code format}
     * on a property the type holds as plain text or a number (a code list the domain checks). Nullability is compared
     * one way only: a component marked {@code @Nullable} must be documented as nullable.
     *
     * @param where      the path to start messages with, e.g. {@code "POST /social-care/child-protection/plans body"}
     * @param refs       resolves a {@code $ref} of the documented schema ({@code #/components/schemas/Plan})
     */
    public static List<String> differences(String where, Map<String, Object> documented, Map<String, Object> generated,
                                           Function<String, Map<String, Object>> refs) {
        List<String> out = new ArrayList<>();
        compare(where, resolve(documented, refs), generated, refs, out);
        return out;
    }

    private static Map<String, Object> resolve(Map<String, Object> schema, Function<String, Map<String, Object>> refs) {
        Map<String, Object> s = schema;
        for (int depth = 0; s != null && s.get("$ref") instanceof String ref; depth++) {
            if (depth > 20) {
                throw new IllegalStateException("a $ref loop at " + ref);
            }
            s = refs.apply(ref);
        }
        return s == null ? Map.of() : s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
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

    private static void compare(String at, Map<String, Object> doc, Map<String, Object> gen,
                                Function<String, Map<String, Object>> refs, List<String> out) {
        Set<String> docTypes = types(doc.get("type"));
        Set<String> genTypes = types(gen.get("type"));
        boolean docNullable = docTypes.remove("null");
        boolean genNullable = genTypes.remove("null");
        if (!docTypes.equals(genTypes)) {
            out.add(at + ": documented as " + (docTypes.isEmpty() ? "untyped" : String.join("|", docTypes))
                    + ", the type is " + String.join("|", genTypes));
            return;
        }
        if (genNullable && !docNullable) {
            out.add(at + ": may be null (@Nullable) but is documented as never null");
        }
        Object genFormat = gen.get("format");
        Object docFormat = doc.get("format");
        boolean plain = genFormat == null && gen.get("enum") == null;
        if (!Objects.equals(genFormat, docFormat) && !(plain && genFormat == null)) {
            out.add(at + ": documented with format " + docFormat + ", the type has format " + genFormat);
        }
        if (gen.get("enum") instanceof List<?> genEnum) {
            Set<Object> expected = new LinkedHashSet<>(genEnum);
            expected.remove(null);
            Set<Object> actual = new LinkedHashSet<>(doc.get("enum") instanceof List<?> l ? l : List.of());
            actual.remove(null);
            if (!expected.equals(actual)) {
                out.add(at + ": documented with values " + actual + ", the type has " + expected);
            }
        }
        if (genTypes.contains("array")) {
            compare(at + "[]", resolve(map(doc.get("items")), refs), map(gen.get("items")), refs, out);
        }
        if (genTypes.contains("object")) {
            compareObjects(at, doc, gen, refs, out);
        }
    }

    private static void compareObjects(String at, Map<String, Object> doc, Map<String, Object> gen,
                                       Function<String, Map<String, Object>> refs, List<String> out) {
        if (gen.containsKey("additionalProperties")) {
            compare(at + ".*", resolve(map(doc.get("additionalProperties")), refs), map(gen.get("additionalProperties")),
                    refs, out);
            return;
        }
        Map<String, Object> docProperties = map(doc.get("properties"));
        Map<String, Object> genProperties = map(gen.get("properties"));
        for (String name : docProperties.keySet()) {
            if (!genProperties.containsKey(name)) {
                out.add(at + "." + name + ": documented but not a component of the type");
            }
        }
        for (String name : genProperties.keySet()) {
            if (!docProperties.containsKey(name)) {
                out.add(at + "." + name + ": a component of the type but not documented");
            } else {
                compare(at + "." + name, resolve(map(docProperties.get(name)), refs), map(genProperties.get(name)),
                        refs, out);
            }
        }
        if (gen.get("required") instanceof List<?> || doc.get("required") instanceof List<?>) {
            Set<Object> genRequired = new HashSet<>(gen.get("required") instanceof List<?> l ? l : List.of());
            Set<Object> docRequired = new HashSet<>(doc.get("required") instanceof List<?> l ? l : List.of());
            if (!genRequired.equals(docRequired)) {
                out.add(at + ": documented as requiring " + new TreeSet<>(docRequired.stream().map(String::valueOf).toList())
                        + ", the type requires " + new TreeSet<>(genRequired.stream().map(String::valueOf).toList())
                        + " (mark optional components @Nullable)");
            }
        }
    }
}
