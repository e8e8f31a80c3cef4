package org.cypf.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;

/**
 * What a Java type looks like on the wire, worked out once per type: how a JSON value (or a path or query text) is
 * read into it, strictly, and what its OpenAPI schema is. The binder and the schema generator both walk these
 * shapes, so what is documented is what is accepted.
 */
abstract sealed class Shape {
    private static final Map<Type, Shape> CACHE = new ConcurrentHashMap<>();

    /** The shape of {@code type}; {@link IllegalArgumentException} names a type no shape fits. */
    static Shape of(Type type) {
        Shape known = CACHE.get(type);
        if (known != null) {
            return known;
        }
        Shape shape = build(type);
        Shape raced = CACHE.putIfAbsent(type, shape);
        return raced == null ? shape : raced;
    }

    private static Shape build(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class || raw == Collection.class || raw == Set.class) {
                return new ListShape(Shape.of(bound(args[0])), raw == Set.class);
            }
            if (raw == Map.class && args[0] == String.class) {
                return new MapShape(Shape.of(bound(args[1])));
            }
            throw unsupported(type);
        }
        if (!(type instanceof Class<?> c)) {
            throw unsupported(type);
        }
        if (c == String.class) {
            return TextShape.INSTANCE;
        }
        if (c == boolean.class || c == Boolean.class) {
            return new BooleanShape(c.isPrimitive());
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
                || c == Short.class) {
            return new WholeNumberShape(c);
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class) {
            return new DecimalShape(c);
        }
        if (c == LocalDate.class) {
            return DateShape.INSTANCE;
        }
        if (c == Instant.class || c == OffsetDateTime.class) {
            return new DateTimeShape(c);
        }
        if (c == UUID.class) {
            return UuidShape.INSTANCE;
        }
        if (c.isEnum()) {
            return new EnumShape(c);
        }
        Method parse = parseMethod(c);
        if (parse != null) {
            return new ValueShape(c, parse);
        }
        if (c.isRecord()) {
            return new RecordShape(c);
        }
        throw unsupported(type);
    }

    private static Type bound(Type t) {
        return t instanceof WildcardType w ? w.getUpperBounds()[0] : t;
    }

    /** A value type of the kernel: {@code public static X parse(String)}, refusing bad text with InvalidInput. */
    private static Method parseMethod(Class<?> c) {
        try {
            Method m = c.getMethod("parse", String.class);
            return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == c ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static IllegalArgumentException unsupported(Type type) {
        return new IllegalArgumentException(type.getTypeName() + " has no JSON binding: use text, numbers, booleans, "
                + "LocalDate, Instant, UUID, enums, value types with parse(String), records, lists or maps of them");
    }

    /** The violations found while reading one body, and the rules it is read by. */
    static final class Reading {
        final BindingRules rules;
        final List<FieldViolation> violations = new ArrayList<>();
        /**
         * False once a path parameter is bad: the resource does not exist, so what the body lacks is moot (the
         * client learns of the path first); what it holds wrongly is still named.
         */
        boolean absentIsFault = true;

        Reading(BindingRules rules) {
            this.rules = rules;
        }

        /** Records the violation; returns null so a reader can {@code return r.refuse(...)}. */
        Object refuse(String path, String reason) {
            violations.add(new FieldViolation(path, reason));
            return null;
        }

        Object wrongType(String path, Shape expected) {
            return refuse(path, "has the wrong type: expected " + expected.expected());
        }
    }

    /** Reads a present, non-null JSON value; records a violation and answers null when it does not fit. */
    abstract Object read(JsonNode node, String path, Reading r);

    /** Reads text from a path or query parameter; only scalars can. */
    Object parse(String text, String name, Reading r) {
        throw new IllegalStateException(expected() + " cannot be read from a path or query parameter");
    }

    boolean isScalar() {
        return false;
    }

    /** Builds every shape this one holds, so an unsupported type fails at startup rather than on a request. */
    void verify(Set<Shape> seen) {
    }

    /** What the client should have sent, for "has the wrong type: expected ...". */
    abstract String expected();

    /** The value bound when an optional component is absent. */
    Object absent() {
        return null;
    }

    /**
     * How a schema is being written: for a response (what CYPF writes: nullable components typed with null, no
     * required list) or a request (what CYPF reads: the required list), by which rules.
     */
    record Describing(boolean response, BindingRules rules) {}

    /** The OpenAPI 3.1 schema of the value at {@code path} (list indexes left out). */
    abstract Map<String, Object> schema(Describing d, String path);

    static Map<String, Object> schema(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /**
     * Text as a client may send it: stripped; no NUL or other control characters but tab and line ends (PostgreSQL
     * cannot store NUL, and the others are never meant); no lone surrogate (it would be stored as "?").
     */
    static String clean(String raw, String path, Reading r) {
        String s = raw.strip();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7f) {
                r.refuse(path, "must not contain control characters such as NUL");
                return null;
            }
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                r.refuse(path, "is not valid Unicode text (a lone surrogate)");
                return null;
            }
            if (Character.isLowSurrogate(ch)) {
                r.refuse(path, "is not valid Unicode text (a lone surrogate)");
                return null;
            }
        }
        return s;
    }

    /** Text scalars share the JSON side: the value must be a JSON string, cleaned, then parsed. */
    abstract static sealed class TextualShape extends Shape {
        @Override
        final Object read(JsonNode node, String path, Reading r) {
            if (!node.isTextual()) {
                return r.wrongType(path, this);
            }
            return parse(node.textValue(), path, r);
        }

        @Override
        final Object parse(String text, String path, Reading r) {
            String s = clean(text, path, r);
            return s == null ? null : convert(s, path, r);
        }

        @Override
        final boolean isScalar() {
            return true;
        }

        abstract Object convert(String text, String path, Reading r);
    }

    static final class TextShape extends TextualShape {
        static final TextShape INSTANCE = new TextShape();

        @Override
        Object convert(String text, String path, Reading r) {
            var format = r.rules.textFormatFor(path);
            if (format.isEmpty()) {
                return text;
            }
            Object value = Shape.of(format.get()).parse(text, path, r);
            return value == null ? null : value.toString();
        }

        @Override
        String expected() {
            return "text";
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            return d.rules().textFormatFor(path).map(format -> Shape.of(format).schema(d, path))
                    .orElseGet(() -> schema("type", "string"));
        }
    }

    static final class DateShape extends TextualShape {
        static final DateShape INSTANCE = new DateShape();

        @Override
        Object convert(String text, String path, Reading r) {
            LocalDate date;
            try {
                date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                return r.refuse(path, "expected a date as yyyy-mm-dd");
            }
            BindingRules.DateRange range = r.rules.datesFor(path);
            return range.contains(date) ? date : r.refuse(path, range.reason());
        }

        @Override
        String expected() {
            return "a date as yyyy-mm-dd";
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            return schema("type", "string", "format", "date");
        }
    }

    static final class DateTimeShape extends TextualShape {
        private final Class<?> type;

        DateTimeShape(Class<?> type) {
            this.type = type;
        }

        @Override
        Object convert(String text, String path, Reading r) {
            OffsetDateTime at;
            try {
                at = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException withoutOffset) {
                var zone = r.rules.localTimeZone();
                try {
                    if (zone.isEmpty()) {
                        throw withoutOffset;
                    }
                    at = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone.get())
                            .toOffsetDateTime();
                } catch (DateTimeParseException e) {
                    return r.refuse(path, "expected a date-time such as 2025-06-30T09:15:00+01:00"
                            + (zone.isPresent() ? " (without an offset, a time in " + zone.get() + ")" : ""));
                }
            }
            BindingRules.DateRange range = r.rules.datesFor(path);
            if (!range.contains(at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())) {
                return r.refuse(path, range.reason());
            }
            return type == Instant.class ? at.toInstant() : at;
        }

        @Override
        String expected() {
            return "a date-time such as 2025-06-30T09:15:00+01:00";
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            return schema("type", "string", "format", "date-time");
        }
    }

    static final class UuidShape extends TextualShape {
        static final UuidShape INSTANCE = new UuidShape();
        private static final Pattern CANONICAL =
                Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        @Override
        Object convert(String text, String path, Reading r) {
            // UUID.fromString alone accepts odd forms such as 1-1-1-1-1.
            return CANONICAL.matcher(text).matches() ? UUID.fromString(text) : r.refuse(path, "expected " + expected());
        }

        @Override
        String expected() {
            return "a UUID such as 123e4567-e89b-12d3-a456-426614174000";
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            return schema("type", "string", "format", "uuid");
        }
    }

    static final class EnumShape extends TextualShape {
        private final Map<String, Object> constants = new LinkedHashMap<>();

        EnumShape(Class<?> type) {
            for (Object constant : type.getEnumConstants()) {
                constants.put(((Enum<?>) constant).name(), constant);
            }
        }

        @Override
        Object convert(String text, String path, Reading r) {
            Object constant = constants.get(text);
            return constant != null ? constant : r.refuse(path, "must be one of " + String.join(", ", constants.keySet()));
        }

        @Override
        String expected() {
            return "one of " + String.join(", ", constants.keySet());
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            return schema("type", "string", "enum", List.copyOf(constants.keySet()));
        }
    }

    /** A kernel value type (NhsNumber, Postcode, ...): text through its own {@code parse}, its reasons kept. */
    static final class ValueShape extends TextualShape {
        private final Class<?> type;
        private final Method parse;

        ValueShape(Class<?> type, Method parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        Object convert(String text, String path, Reading r) {
            try {
                return parse.invoke(null, text);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof InvalidInput invalid) {
                    invalid.violations().forEach(v -> r.refuse(path, v.reason()));
                    return null;
                }
                return r.refuse(path, "is not a valid " + type.getSimpleName());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot call " + type.getName() + ".parse", e);
            }
        }

        @Override
        String expected() {
            return "text";
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            return schema("type", "string");
        }
    }

    static final class BooleanShape extends Shape {
        private final boolean primitive;

        BooleanShape(boolean primitive) {
            this.primitive = primitive;
        }

        @Override
        Object read(JsonNode node, String path, Reading r) {
            return node.isBoolean() ? node.booleanValue() : r.wrongType(path, this);
        }

        @Override
        Object parse(String text, String name, Reading r) {
            return switch (text.strip()) {
                case "true" -> true;
                case "false" -> false;
                default -> r.refuse(name, "must be true or false");
            };
        }

        @Override
        boolean isScalar() {
            return true;
        }

        @Override
        String expected() {
            return "true or false";
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            return schema("type", "boolean");
        }
    }

    static final class WholeNumberShape extends Shape {
        private final long min;
        private final long max;
        private final Class<?> type;

        WholeNumberShape(Class<?> type) {
            this.type = type;
            if (type == int.class || type == Integer.class) {
                min = Integer.MIN_VALUE;
                max = Integer.MAX_VALUE;
            } else if (type == short.class || type == Short.class) {
                min = Short.MIN_VALUE;
                max = Short.MAX_VALUE;
            } else {
                min = Long.MIN_VALUE;
                max = Long.MAX_VALUE;
            }
        }

        @Override
        Object read(JsonNode node, String path, Reading r) {
            // Only an integer token: "0", 0.5, 1.0 and 1e2 are refused, never rounded or coerced.
            if (!node.isIntegralNumber()) {
                return r.wrongType(path, this);
            }
            return within(node.bigIntegerValue(), path, r);
        }

        @Override
        Object parse(String text, String name, Reading r) {
            String s = text.strip();
            if (!s.matches("-?\\d{1,30}")) {
                return r.refuse(name, "expected " + expected());
            }
            return within(new BigInteger(s), name, r);
        }

        private Object within(BigInteger value, String path, Reading r) {
            if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
                return r.refuse(path, "must be a whole number from " + min + " to " + max);
            }
            long v = value.longValue();
            if (type == int.class || type == Integer.class) {
                return (int) v;
            }
            return type == short.class || type == Short.class ? (Object) (short) v : (Object) v;
        }

        @Override
        boolean isScalar() {
            return true;
        }

        @Override
        String expected() {
            return "a whole number";
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            return schema("type", "integer");
        }
    }

    static final class DecimalShape extends Shape {
        private final Class<?> type;

        DecimalShape(Class<?> type) {
            this.type = type;
        }

        @Override
        Object read(JsonNode node, String path, Reading r) {
            if (!node.isNumber()) {
                return r.wrongType(path, this);
            }
            return type == BigDecimal.class ? node.decimalValue() : (Object) node.doubleValue();
        }

        @Override
        Object parse(String text, String name, Reading r) {
            try {
                BigDecimal d = new BigDecimal(text.strip());
                return type == BigDecimal.class ? d : (Object) d.doubleValue();
            } catch (NumberFormatException e) {
                return r.refuse(name, "expected " + expected());
            }
        }

        @Override
        boolean isScalar() {
            return true;
        }

        @Override
        String expected() {
            return "a number";
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            return schema("type", "number");
        }
    }

    static final class ListShape extends Shape {
        final Shape element;
        private final boolean set;

        ListShape(Shape element, boolean set) {
            this.element = element;
            this.set = set;
        }

        @Override
        Object read(JsonNode node, String path, Reading r) {
            if (!node.isArray()) {
                return r.wrongType(path, this);
            }
            int before = r.violations.size();
            List<Object> values = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                String at = path + "[" + i + "]";
                JsonNode item = node.get(i);
                if (isAbsent(item)) {
                    r.refuse(at, "is required");
                } else {
                    values.add(element.read(item, at, r));
                }
            }
            if (r.violations.size() > before) {
                return null;
            }
            return set ? Collections.unmodifiableSet(new LinkedHashSet<>(values)) : List.copyOf(values);
        }

        @Override
        Object absent() {
            return set ? Set.of() : List.of();
        }

        @Override
        void verify(Set<Shape> seen) {
            element.verify(seen);
        }

        @Override
        String expected() {
            return "a list";
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            Map<String, Object> s = schema("type", "array", "items", element.schema(d, path));
            if (set) {
                s.put("uniqueItems", true);
            }
            return s;
        }
    }

    static final class MapShape extends Shape {
        private final Shape value;

        MapShape(Shape value) {
            this.value = value;
        }

        @Override
        Object read(JsonNode node, String path, Reading r) {
            if (!node.isObject()) {
                return r.wrongType(path, this);
            }
            int before = r.violations.size();
            Map<String, Object> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = clean(e.getKey(), path, r);
                String at = path + "." + printable(e.getKey());
                if (key == null) {
                    continue;
                }
                if (isAbsent(e.getValue())) {
                    r.refuse(at, "is required");
                } else {
                    values.put(key, value.read(e.getValue(), at, r));
                }
            }
            return r.violations.size() > before ? null : Collections.unmodifiableMap(values);
        }

        @Override
        Object absent() {
            return Map.of();
        }

        @Override
        void verify(Set<Shape> seen) {
            value.verify(seen);
        }

        @Override
        String expected() {
            return "an object";
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            return schema("type", "object", "additionalProperties", value.schema(d, path));
        }
    }

    /** A record: a JSON object with exactly its components, each read at its own path. */
    static final class RecordShape extends Shape {
        final Class<?> type;
        final List<Component> components;
        private final Constructor<?> constructor;

        record Component(String name, Type type, boolean optional, boolean primitive) {
            Shape shape() {
                return Shape.of(type);
            }
        }

        RecordShape(Class<?> type) {
            this.type = type;
            RecordComponent[] rc = type.getRecordComponents();
            List<Component> list = new ArrayList<>();
            for (RecordComponent c : rc) {
                boolean optional = c.isAnnotationPresent(Nullable.class);
                if (optional && c.getType().isPrimitive()) {
                    throw new IllegalArgumentException(type.getName() + "." + c.getName()
                            + " is primitive, so it is always required: drop @Nullable or use the boxed type");
                }
                list.add(new Component(c.getName(), c.getGenericType(), optional, c.getType().isPrimitive()));
            }
            this.components = List.copyOf(list);
            try {
                this.constructor = type.getDeclaredConstructor(
                        Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new));
                this.constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor", e);
            }
        }

        @Override
        void verify(Set<Shape> seen) {
            if (seen.add(this)) {
                components.forEach(c -> c.shape().verify(seen));
            }
        }

        Component component(String name) {
            return components.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }

        @Override
        Object read(JsonNode node, String path, Reading r) {
            return readExcept(node, path, r, Map.of());
        }

        /**
         * Reads the object; components named in {@code given} (path parameters, already read) are not fields of
         * the body. Every violation is recorded before giving up, so the client learns all of them at once.
         */
        Object readExcept(JsonNode node, String path, Reading r, Map<String, Object> given) {
            if (!node.isObject()) {
                return r.wrongType(path, this);
            }
            int before = r.violations.size();
            boolean lacking = false;
            // A non-empty object none of whose fields this record has was meant for another resource: name those
            // fields, not every one this record needs besides.
            boolean foreign = node.size() > 0;
            for (Iterator<String> names = node.fieldNames(); names.hasNext() && foreign; ) {
                String name = names.next();
                foreign = component(name) == null || given.containsKey(name);
            }
            Object[] args = new Object[components.size()];
            for (int i = 0; i < components.size(); i++) {
                Component c = components.get(i);
                if (given.containsKey(c.name())) {
                    args[i] = given.get(c.name());
                    continue;
                }
                String at = join(path, c.name());
                JsonNode value = node.get(c.name());
                if (isAbsent(value)) {
                    if (!c.primitive() && r.rules.isOptional(at, c.optional())) {
                        args[i] = c.shape().absent();
                    } else if (r.absentIsFault && !foreign) {
                        r.refuse(at, "is required");
                    } else {
                        lacking = true;
                    }
                } else {
                    args[i] = c.shape().read(value, at, r);
                }
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                Component c = component(name);
                if (c == null || given.containsKey(name)) {
                    r.refuse(join(path, printable(name)), "is not a field of this resource");
                }
            }
            // A path parameter that could not be read is null here: never construct with it (a primitive would fail).
            if (lacking || r.violations.size() > before || given.values().stream().anyMatch(Objects::isNull)) {
                return null;
            }
            return construct(args, path, r);
        }

        Object construct(Object[] args, String path, Reading r) {
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                // A command that checks itself on construction: its reasons, at its fields' paths.
                if (e.getCause() instanceof InvalidInput invalid) {
                    invalid.violations().forEach(v -> r.refuse(join(path, v.field()), v.reason()));
                    return null;
                }
                return r.refuse(path.isEmpty() ? "$" : path, "is not valid");
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException("cannot construct " + type.getName(), e);
            }
        }

        @Override
        String expected() {
            return "an object";
        }

        @Override
        Map<String, Object> schema(Describing d, String path) {
            return schemaExcept(d, path, Set.of());
        }

        Map<String, Object> schemaExcept(Describing d, String path, Set<String> excluded) {
            Map<String, Object> properties = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            for (Component c : components) {
                if (excluded.contains(c.name())) {
                    continue;
                }
                String at = join(path, c.name());
                boolean optional = !c.primitive() && d.rules().isOptional(at, c.optional());
                Map<String, Object> s = c.shape().schema(d, at);
                if (d.response() && optional) {
                    s = nullable(s);
                }
                properties.put(c.name(), s);
                if (!optional) {
                    required.add(c.name());
                }
            }
            Map<String, Object> s = schema("type", "object");
            if (!d.response() && !required.isEmpty()) {
                s.put("required", required);
            }
            s.put("properties", properties);
            return s;
        }

        private static Map<String, Object> nullable(Map<String, Object> s) {
            Map<String, Object> copy = new LinkedHashMap<>(s);
            copy.put("type", List.of(s.get("type"), "null"));
            if (copy.get("enum") instanceof List<?> values) {
                List<Object> withNull = new ArrayList<>(values);
                withNull.add(null);
                copy.put("enum", withNull);
            }
            return copy;
        }
    }

    static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isTextual() && node.textValue().isBlank();
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A client's field name as it may appear in a problem: printable, and short. */
    static String printable(String name) {
        String s = name.codePoints()
                .map(c -> Character.isISOControl(c) || Character.isSurrogate((char) c) && c <= 0xFFFF ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }

}
