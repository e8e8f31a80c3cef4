package org.cypf.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.json.JsonMapping;

/**
 * Reads and writes JSON bodies (and reads YAML documents) with CYPF's own Jackson mapper ({@link JsonMapping}), so
 * what a client sees does not depend on how a server's media support is configured: a body that does not fit is
 * refused naming the field, never a 500. Commands are better bound with {@link RecordBinder} (through
 * {@link Routes}), which is strict about types; {@link #read} stays for documents (strategies) and for routes not
 * yet converted, and refuses NUL and lone surrogates in any text like the binder does.
 */
public final class JsonBodies {
    public static final String MEDIA_TYPE = "application/json";

    /**
     * Why a body that starts with a byte order mark is refused: JSON texts must not carry one (RFC 8259, section 8.1).
     * A parser may skip it, but then the same bytes would be an object on one route and refused on another.
     */
    static final String BYTE_ORDER_MARK = "starts with a byte order mark, which a JSON text must not carry (RFC 8259, "
            + "section 8.1)";

    private JsonBodies() {}

    static boolean startsWithByteOrderMark(byte[] body) {
        return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
    }

    /** The request body as {@code type}; {@link InvalidInput} names the offending field of a bad body. */
    public static <T> T read(ServerRequest req, Class<T> type) {
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length == 0) {
                throw InvalidInput.of("$", "a JSON body is required");
            }
            if (startsWithByteOrderMark(bytes)) {
                throw InvalidInput.of("$", BYTE_ORDER_MARK);
            }
            ObjectMapper mapper = isYaml(req) ? JsonMapping.clientsYaml() : JsonMapping.clients();
            JsonNode tree = mapper.readTree(bytes);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw InvalidInput.of("$", "a JSON object is required");
            }
            refuseUnstorableText(tree, "");
            T value = mapper.treeToValue(tree, type);
            if (value == null) {
                throw InvalidInput.of("$", "a JSON object is required");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw InvalidInput.of(path(e), "is not a field of this resource");
        } catch (InvalidFormatException e) {
            throw InvalidInput.of(path(e), "has the wrong type: expected " + describe(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw InvalidInput.of(path(e), e.getTargetType() == null ? "has the wrong shape"
                    : "has the wrong type: expected " + describe(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw InvalidInput.of(path(e), "could not be read");
        } catch (JsonProcessingException e) {
            throw InvalidInput.of("$", "is not valid JSON");
        } catch (IOException e) {
            throw new IllegalStateException("could not read the request body", e);
        }
    }

    /** Text PostgreSQL cannot store (NUL) or would store as "?" (a lone surrogate), anywhere in the document. */
    private static void refuseUnstorableText(JsonNode tree, String path) {
        var reading = new Shape.Reading(BindingRules.defaults());
        scan(tree, path, reading);
        if (!reading.violations.isEmpty()) {
            throw new InvalidInput(reading.violations);
        }
    }

    private static void scan(JsonNode node, String path, Shape.Reading reading) {
        if (node.isTextual()) {
            Shape.clean(node.textValue(), path.isEmpty() ? "$" : path, reading);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), path + "[" + i + "]", reading);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String at = Shape.join(path, Shape.printable(e.getKey()));
                if (Shape.clean(e.getKey(), at, reading) != null) {
                    scan(e.getValue(), at, reading);
                }
            });
        }
    }

    /** YAML is accepted where a client sends a document (application/yaml, text/yaml); JSON otherwise. */
    private static boolean isYaml(ServerRequest req) {
        return req.headers().contentType().map(t -> t.subtype().toLowerCase(java.util.Locale.ROOT).contains("yaml"))
                .orElse(false);
    }

    /**
     * The media support a server should use: Helidon's Jackson support with CYPF's strict mapper, and no other
     * Jackson discovered from the class path (whose default mapper writes dates as arrays), so an entity a handler
     * sends or reads through Helidon is written and read as {@link #send} and {@link #read} do.
     */
    public static MediaContext mediaContext() {
        return MediaContext.builder()
                .mediaSupportsDiscoverServices(false)
                .addMediaSupport(JacksonSupport.create(JsonMapping.clients()))
                .build();
    }

    public static void send(ServerResponse res, Status status, Object body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
        res.send(bytes(body));
    }

    public static void ok(ServerResponse res, Object body) {
        send(res, Status.OK_200, body);
    }

    static byte[] bytes(Object body) {
        try {
            return JsonMapping.clients().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String path(JsonMappingException e) {
        var out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "$" : out.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
