package org.cypf.platform.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.json.JsonMapping;
import org.junit.jupiter.api.Test;

/** Named file parts of a multipart upload, within limits on parts, part size and request size (413 beyond). */
@ServerTest
class MultipartFilesTest {
    private static final String BOUNDARY = "----cypf-boundary-7MA4YWxkTrZu0gW";
    private static final MultipartFiles.Limits LIMITS = new MultipartFiles.Limits(3, 1000, 4000);

    private final Http1Client client;

    MultipartFilesTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ProblemResponses.register(routing);
        routing.post("/upload", (req, res) -> JsonBodies.ok(res, MultipartFiles.read(req, LIMITS).stream()
                .map(p -> Map.of("name", p.name(), "file", String.valueOf(p.fileName()), "bytes", p.content().length))
                .toList()));
    }

    /** A part: name, file name (null for a plain field), content. */
    private record Part(String name, String fileName, byte[] content) {}

    private static byte[] body(List<Part> parts) {
        var out = new ByteArrayOutputStream();
        out.writeBytes("preamble to ignore\r\n".getBytes(StandardCharsets.ISO_8859_1));
        for (Part p : parts) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"")
                    + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\nepilogue").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static List<MultipartFiles.FilePart> read(byte[] body) throws IOException {
        return MultipartFiles.read(new ByteArrayInputStream(body), BOUNDARY, LIMITS);
    }

    @Test
    void parts_are_read_with_their_names_file_names_and_exact_bytes() throws IOException {
        // Content that looks like a delimiter, and bare CR/LF, must survive byte for byte.
        byte[] tricky = ("a\r\n--" + BOUNDARY.substring(0, 10) + "\r\r\n\n\r\n-" + "\u00e9").getBytes(StandardCharsets.UTF_8);
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        List<MultipartFiles.FilePart> parts = read(body(List.of(
                new Part("files", "C:\\returns\\episodes.csv", tricky),
                new Part("files", "return.zip", binary),
                new Part("note", null, "hello".getBytes(StandardCharsets.UTF_8)))));

        assertEquals(3, parts.size());
        assertEquals("episodes.csv", parts.get(0).fileName(), "folders are removed from the file name");
        assertArrayEquals(tricky, parts.get(0).content());
        assertArrayEquals(binary, parts.get(1).content());
        assertEquals("application/octet-stream", parts.get(1).contentType());
        assertNull(parts.get(2).fileName());
        assertEquals("hello", parts.get(2).text());
    }

    @Test
    void over_a_limit_is_413() {
        byte[] many = body(List.of(new Part("f", "a", new byte[1]), new Part("f", "b", new byte[1]),
                new Part("f", "c", new byte[1]), new Part("f", "d", new byte[1])));
        RequestRefused parts = assertThrows(RequestRefused.class, () -> read(many));
        assertEquals(413, parts.status().code());
        assertEquals("the upload holds more than 3 parts", parts.getMessage());

        RequestRefused part = assertThrows(RequestRefused.class, () -> read(body(List.of(new Part("f", "a", new byte[1001])))));
        assertEquals("a part is larger than 1000 bytes", part.getMessage());

        // Each part within its limit, but a long preamble takes the whole request over 4000 bytes.
        byte[] parts2 = body(List.of(new Part("f", "a", new byte[900]), new Part("f", "b", new byte[900])));
        byte[] padded = new byte[2500 + parts2.length];
        System.arraycopy(parts2, 0, padded, 2500, parts2.length);
        RequestRefused request = assertThrows(RequestRefused.class, () -> read(padded));
        assertEquals("the upload is larger than 4000 bytes", request.getMessage());
        assertEquals(2, assertDoesNotThrow(() -> read(parts2)).size());
    }

    @Test
    void a_malformed_body_is_400_naming_the_body() {
        byte[] unclosed = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nabc")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("$", assertThrows(InvalidInput.class, () -> read(unclosed)).violations().getFirst().field());
        byte[] nameless = ("--" + BOUNDARY + "\r\nContent-Type: text/csv\r\n\r\nabc\r\n--" + BOUNDARY + "--")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(InvalidInput.class, () -> read(nameless));
        assertThrows(InvalidInput.class, () -> read("no parts at all".getBytes(StandardCharsets.ISO_8859_1)));
    }

    private JsonNode post(String contentType, byte[] body, int status) {
        try (var response = client.post("/upload").header(HeaderNames.CONTENT_TYPE, contentType).submit(body)) {
            assertEquals(status, response.status().code());
            return JsonMapping.clients().readTree(response.as(String.class));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void over_http_an_upload_is_read_and_its_refusals_are_problem_json() {
        JsonNode read = post("multipart/form-data; boundary=" + BOUNDARY,
                body(List.of(new Part("files", "header.csv", "CHILD,SEX\r\n1,1\r\n".getBytes(StandardCharsets.UTF_8)))), 200);
        assertEquals("header.csv", read.at("/0/file").asText());
        assertEquals(16, read.at("/0/bytes").asInt());

        JsonNode tooBig = post("multipart/form-data; boundary=" + BOUNDARY, new byte[4001], 413);
        assertEquals("urn:cypf:problem:http-413", tooBig.get("type").asText());
        assertEquals("the upload is larger than 4000 bytes", tooBig.get("detail").asText());

        JsonNode notMultipart = post("application/zip", new byte[10], 415);
        assertTrue(notMultipart.get("detail").asText().contains("multipart/form-data"));

        assertEquals("$", post("multipart/form-data", new byte[10], 400).at("/errors/0/field").asText());
    }
}
