package org.cypf.governance.strategy.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.RequestRefused;
import org.cypf.platform.json.JsonMapping;

/**
 * Reads a strategy document (or one of its items, or observation rows) sent as JSON or YAML, strictly and all at
 * once: every field of the wrong type is named in one answer, with what was expected. A decimal in a whole-number
 * field ({@code number: 1.1}) is refused rather than truncated, text where a number belongs and a number where text
 * belongs ({@code title: 42}) are refused, a date says what is wrong with it (not in {@code yyyy-mm-dd} form, not a
 * day of the calendar, out of range), and a field the document does not define is refused by name. Numbers are read
 * as written (no binary rounding), so the document's checks can bound them. A body larger than
 * {@value #MAX_BODY_BYTES} bytes is refused with 413 before it is parsed. A bad value is never echoed back.
 */
final class StrategyBodies {
    /** The largest document, item or set of rows read: 2 MiB (docs/strategies/README.md, "Limits"). */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ObjectMapper JSON = JsonMapping.clients().copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    private static final ObjectMapper YAML = JsonMapping.clientsYaml().copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private StrategyBodies() {}

    /** The body as {@code type}; {@link InvalidInput} names every field that does not fit. */
    static <T> T read(ServerRequest req, Class<T> type) {
        boolean yaml = req.headers().contentType()
                .map(t -> t.subtype().toLowerCase(Locale.ROOT).contains("yaml")).orElse(false);
        return read(body(req), yaml, type);
    }

    static <T> T read(byte[] bytes, boolean yaml, Class<T> type) {
        if (bytes.length == 0) {
            throw InvalidInput.of("$", "a " + (yaml ? "YAML" : "JSON") + " body is required");
        }
        ObjectMapper mapper = yaml ? YAML : JSON;
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            throw InvalidInput.of("$", message.startsWith("Duplicate field")
                    ? "gives a field more than once" + where
                    : "is not valid " + (yaml ? "YAML" : "JSON") + where);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw InvalidInput.of("$", type.isArray() ? "a list is required" : "an object is required");
        }
        var v = new Violations();
        check(tree, type, "", v);
        v.throwIfAny();
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            // every shape the record accepts was checked above; this is a reading the checks did not foresee
            throw InvalidInput.of("$", "could not be read as a " + type.getSimpleName());
        }
    }

    private static byte[] body(ServerRequest req) {
        if (req.headers().contentLength().orElse(0L) > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }

    private static RequestRefused tooLarge() {
        return RequestRefused.tooLarge("a strategy document, item or set of observation rows may be at most 2 MiB; "
                + "send observations in several submissions (at most 10000 rows each)");
    }

    /** Every field of {@code node} checked against {@code type}, violations added at their paths. */
    private static void check(JsonNode node, Type type, String path, Violations v) {
        if (node == null || node.isNull()) {
            return; // absent: the document's own checks say whether it was required
        }
        String at = path.isEmpty() ? "$" : path;
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!node.isArray()) {
                v.add(at, "has the wrong type: expected a list");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]", v);
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            return;
        }
        if (c.isArray()) {
            if (!node.isArray()) {
                v.add(at, "has the wrong type: expected a list");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), c.getComponentType(), path + "[" + i + "]", v);
            }
        } else if (c == String.class) {
            if (!node.isTextual()) {
                v.add(at, "has the wrong type: expected text" + (node.isValueNode() ? " (quote it)" : ""));
            } else if (!storable(node.textValue())) {
                v.add(at, "must not contain control characters such as NUL or lone surrogates");
            }
        } else if (c == Integer.class || c == Long.class) {
            wholeNumber(node, c == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE, at, v);
        } else if (c == BigDecimal.class) {
            if (!node.isNumber()) {
                v.add(at, "has the wrong type: expected a number");
            }
        } else if (c == Boolean.class) {
            if (!node.isBoolean()) {
                v.add(at, "has the wrong type: expected true or false");
            }
        } else if (c == LocalDate.class) {
            date(node, at, v);
        } else if (c.isRecord()) {
            record(node, c, path, v);
        }
    }

    private static void record(JsonNode node, Class<?> c, String path, Violations v) {
        if (!node.isObject()) {
            v.add(path.isEmpty() ? "$" : path, "has the wrong type: expected an object");
            return;
        }
        Map<String, RecordComponent> components = new java.util.HashMap<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            components.put(rc.getName(), rc);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var field = it.next();
            String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (!storable(field.getKey())) {
                v.add(path.isEmpty() ? "$" : path, "names a field with control characters");
                continue;
            }
            RecordComponent rc = components.get(field.getKey());
            if (rc == null) {
                v.add(at, "is not a field of this resource");
            } else {
                check(field.getValue(), rc.getGenericType(), at, v);
            }
        }
    }

    private static void wholeNumber(JsonNode node, long max, String at, Violations v) {
        if (!node.isNumber()) {
            v.add(at, "has the wrong type: expected a whole number");
            return;
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            v.add(at, "must be a whole number, not a decimal");
            return;
        }
        BigInteger whole = value.toBigInteger();
        if (whole.abs().compareTo(BigInteger.valueOf(max)) > 0) {
            v.add(at, "must be a whole number from -" + max + " to " + max);
        }
    }

    private static void date(JsonNode node, String at, Violations v) {
        if (!node.isTextual()) {
            v.add(at, "has the wrong type: expected a date as text, written yyyy-mm-dd (e.g. \"2024-04-01\")");
            return;
        }
        String text = node.textValue().strip();
        if (!DATE.matcher(text).matches()) {
            v.add(at, "must be a date written yyyy-mm-dd (e.g. 2024-04-01); for a period as the source words it "
                    + "(2006/07, Autumn 2007) use periodLabel");
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            v.add(at, "is not a day of the calendar (the month has no such day, or there is no such month)");
            return;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            v.add(at, "must be a date from " + EARLIEST + " to " + LATEST);
        }
    }

    /** Text PostgreSQL cannot store (NUL) or would store as "?" (a lone surrogate). */
    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == 0) {
                return false;
            }
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(ch)) {
                return false;
            }
        }
        return true;
    }
}
