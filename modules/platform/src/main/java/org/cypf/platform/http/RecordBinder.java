package org.cypf.platform.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cypf.kernel.problem.InvalidInput;

/**
 * Binds a JSON request body straight to a record of a context's api (a command), strictly, naming every bad field
 * of the body in one {@link InvalidInput} (400):
 * <ul>
 *   <li>a field of the wrong JSON type is refused, never coerced: {@code "0"} or {@code 0.5} for a whole number,
 *       {@code true} for text;</li>
 *   <li>a field the record does not have is refused; so is a field given twice; an object none of whose fields the
 *       record has is refused for those fields alone (it was meant for another resource);</li>
 *   <li>every component is required unless marked {@link org.cypf.kernel.contract.Nullable @Nullable}; null and
 *       blank text count as absent; text is stripped;</li>
 *   <li>dates are ISO ({@code 2025-03-31}) within the {@link BindingRules plausible range}; UUIDs canonical; enums by
 *       their names (the reason lists them); kernel value types through their own {@code parse};</li>
 *   <li>text with NUL (or another control character but tab and line ends) or a lone surrogate is refused;</li>
 *   <li>nested records and lists are read at indexed paths: {@code members[2].dateOfBirth};</li>
 *   <li>components named like a path parameter of the route are read from the path (and are not fields of the
 *       body), under the parameter's name; a bad one is named with the body's wrong fields, but not with the fields
 *       the body lacks.</li>
 * </ul>
 * A body that is not {@code application/json} is refused with 415 and a larger body than the rules allow with 413,
 * both as problem+json (see {@link RequestRefused}). A bad value is never echoed back.
 */
public final class RecordBinder<T> {
    /**
     * Reads the tree only. Floats as BigDecimal so no digit is lost before a component decides; duplicate keys are
     * an error rather than "the last one wins".
     */
    private static final ObjectMapper TREES = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Class<T> type;
    private final Shape.RecordShape shape;
    private final Set<String> fromPath;
    private final BindingRules rules;

    private RecordBinder(Class<T> type, Set<String> fromPath, BindingRules rules) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        this.shape = (Shape.RecordShape) Shape.of(type);
        this.shape.verify(new HashSet<>());
        this.rules = rules;
        Set<String> bound = new HashSet<>();
        for (String name : fromPath) {
            Shape.RecordShape.Component c = shape.component(name);
            if (c != null) {
                if (!c.shape().isScalar()) {
                    throw new IllegalArgumentException(type.getName() + "." + name + " cannot be read from the path");
                }
                bound.add(name);
            }
        }
        this.fromPath = Set.copyOf(bound);
    }

    /** A binder for {@code type} by the default rules, reading no component from the path. */
    public static <T> RecordBinder<T> of(Class<T> type) {
        return new RecordBinder<>(type, Set.of(), BindingRules.defaults());
    }

    /**
     * A binder for {@code type}; of {@code pathParameters}, those naming a component of the record are read from
     * the path. Checks now that every component type has a binding.
     */
    public static <T> RecordBinder<T> of(Class<T> type, Set<String> pathParameters, BindingRules rules) {
        return new RecordBinder<>(type, pathParameters, rules);
    }

    public Class<T> type() {
        return type;
    }

    /** The components read from the path rather than the body. */
    public Set<String> fromPath() {
        return fromPath;
    }

    /** The OpenAPI schema of the body this binder accepts (path components left out). */
    public Map<String, Object> bodySchema() {
        return shape.schemaExcept(new Shape.Describing(false, rules), "", fromPath);
    }

    /** Checks the content type and size, reads the body and the path parameters, and binds. */
    public T bind(ServerRequest req) {
        return bind(read(req), pathParameters(req));
    }

    /** The body of {@code req}, checked for its media type and size but not yet parsed. */
    byte[] read(ServerRequest req) {
        requireJson(req);
        return body(req, rules.maxBodyBytes());
    }

    /** The text of the path parameters this binder puts in the record. */
    Map<String, String> pathParameters(ServerRequest req) {
        Map<String, String> path = new LinkedHashMap<>();
        for (String name : fromPath) {
            path.put(name, req.path().pathParameters().first(name).orElse(null));
        }
        return path;
    }

    /** Binds {@code body} (UTF-8 JSON) with the path parameters' text; {@link InvalidInput} names every bad field. */
    public T bind(byte[] body, Map<String, String> pathParameters) {
        var reading = new Shape.Reading(rules);
        Map<String, Object> given = new LinkedHashMap<>();
        for (String name : fromPath) {
            String text = pathParameters.get(name);
            Object value = text == null || text.isBlank() ? reading.refuse(name, "is required")
                    : shape.component(name).shape().parse(text, name, reading);
            given.put(name, value);
        }
        JsonNode tree = tree(body, reading);
        if (tree != null) {
            if (!tree.isObject()) {
                reading.refuse("$", "a JSON object is required");
            } else if (reading.violations.isEmpty()) {
                @SuppressWarnings("unchecked")
                T value = (T) shape.readExcept(tree, "", reading, given);
                if (reading.violations.isEmpty()) {
                    return value;
                }
            } else {
                // Bad path parameters: still name what the body holds wrongly in the same answer, but not what it
                // lacks (there is nothing to change at that path, so "required" would mislead).
                reading.absentIsFault = false;
                shape.readExcept(tree, "", reading, given);
            }
        }
        throw new InvalidInput(reading.violations);
    }

    private static JsonNode tree(byte[] body, Shape.Reading reading) {
        if (body.length == 0) {
            reading.refuse("$", "a JSON body is required");
            return null;
        }
        if (JsonBodies.startsWithByteOrderMark(body)) {
            reading.refuse("$", JsonBodies.BYTE_ORDER_MARK);
            return null;
        }
        try {
            JsonNode tree = TREES.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                reading.refuse("$", "a JSON body is required");
                return null;
            }
            return tree;
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                reading.refuse(duplicatePath(e), "is given more than once");
            } else if (message.contains("Invalid UTF-8")) {
                reading.refuse("$", "is not valid UTF-8" + where(e));
            } else {
                reading.refuse("$", "is not valid JSON" + where(e));
            }
            return null;
        } catch (StreamConstraintsException e) {
            reading.refuse("$", "is nested too deeply or holds too long a value");
            return null;
        } catch (JsonProcessingException e) {
            reading.refuse("$", "is not valid JSON" + where(e));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a duplicated key, {@code a.b[1].c}, from the parser's position when it saw the second one. */
    private static String duplicatePath(JsonParseException e) {
        if (e.getProcessor() instanceof JsonParser parser) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                var out = new StringBuilder();
                for (String part : pointer.substring(1).split("/")) {
                    String name = part.replace("~1", "/").replace("~0", "~");
                    if (name.matches("\\d+") && !out.isEmpty()) {
                        out.append('[').append(name).append(']');
                    } else {
                        out.append(out.isEmpty() ? "" : ".").append(Shape.printable(name));
                    }
                }
                return out.toString();
            }
        }
        return "$";
    }

    private static String where(JsonProcessingException e) {
        var at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** application/json or application/*+json, in UTF-8 (RFC 8259); anything else is 415. */
    static void requireJson(ServerRequest req) {
        Optional<HttpMediaType> type = req.headers().contentType();
        if (type.isEmpty() || !isJson(type.get())) {
            throw RequestRefused.unsupportedMediaType("application/json");
        }
    }

    static boolean isJson(HttpMediaType type) {
        String subtype = type.mediaType().subtype().toLowerCase(Locale.ROOT);
        boolean json = type.mediaType().type().equalsIgnoreCase("application")
                && (subtype.equals("json") || subtype.endsWith("+json"));
        boolean utf8 = type.charset().map(c -> c.equalsIgnoreCase(StandardCharsets.UTF_8.name())).orElse(true);
        return json && utf8;
    }

    /** The body, up to {@code max} bytes; a declared or actual larger one is refused with 413 before it is parsed. */
    static byte[] body(ServerRequest req, long max) {
        if (req.headers().contentLength().orElse(0L) > max) {
            throw RequestRefused.tooLarge("the body is larger than " + RequestRefused.describe(max));
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw RequestRefused.tooLarge("the body is larger than " + RequestRefused.describe(max));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }
}
