package org.cypf.platform.http;

import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cypf.kernel.problem.InvalidInput;

/**
 * Reads the parts of a {@code multipart/form-data} upload (RFC 7578) as it streams in, within limits: at most so
 * many parts, so many bytes in one part and in the whole request. Over a limit the upload is refused with 413
 * problem+json as soon as the limit is passed, before the rest is read, so a client cannot fill the heap with many
 * small parts or one large one.
 *
 * <p>Helidon's multipart media support (helidon-http-media-multipart) is not served at 4.5.0 here; this is the one
 * reader every adapter uses instead, so the limits are set in one place and replacing it later is one change.
 */
public final class MultipartFiles {
    /** The most header bytes a part may carry (its Content-Disposition and Content-Type). */
    private static final int MAX_PART_HEADER_BYTES = 16 * 1024;

    /**
     * @param maxParts        the most parts an upload may hold
     * @param maxPartBytes    the most bytes one part's content may hold
     * @param maxRequestBytes the most bytes the whole body may hold (headers and delimiters included)
     */
    public record Limits(int maxParts, long maxPartBytes, long maxRequestBytes) {
        public Limits {
            if (maxParts < 1 || maxPartBytes < 1 || maxRequestBytes < maxPartBytes) {
                throw new IllegalArgumentException("limits must be positive and a part no larger than the request");
            }
        }
    }

    /**
     * One part of the upload.
     *
     * @param name        the form field's name ({@code files})
     * @param fileName    the file's own name as sent, folders removed; null for a plain form field
     * @param contentType the part's content type, null when not sent
     * @param content     the bytes of the part
     */
    public record FilePart(String name, String fileName, String contentType, byte[] content) {
        /** The content as UTF-8 text. */
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private MultipartFiles() {}

    /** Whether the request says it is a multipart/form-data upload. */
    public static boolean isMultipart(ServerRequest req) {
        return req.headers().contentType().map(MultipartFiles::isFormData).orElse(false);
    }

    /** Every part of the upload, in order; 415 if it is not multipart/form-data, 413 over a limit, 400 if malformed. */
    public static List<FilePart> read(ServerRequest req, Limits limits) {
        HttpMediaType type = req.headers().contentType().filter(MultipartFiles::isFormData)
                .orElseThrow(() -> RequestRefused.unsupportedMediaType("multipart/form-data"));
        String boundary = type.parameters().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("boundary")).map(e -> e.getValue()).findFirst()
                .filter(b -> !b.isEmpty() && b.length() <= 70)
                .orElseThrow(() -> InvalidInput.of("$", "a multipart body needs its boundary (1 to 70 characters)"));
        if (req.headers().contentLength().orElse(0L) > limits.maxRequestBytes()) {
            throw RequestRefused.tooLarge("the upload is larger than " + RequestRefused.describe(limits.maxRequestBytes()));
        }
        try (InputStream in = req.content().inputStream()) {
            return read(in, boundary, limits);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload", e);
        }
    }

    /** The parts of {@code body}, delimited by {@code boundary}; for a reader outside a request (and tests). */
    public static List<FilePart> read(InputStream body, String boundary, Limits limits) throws IOException {
        // A CRLF before the body lets the first delimiter be found like every other one.
        InputStream in = new BufferedInputStream(new Limited(new SequenceInputStream(
                new ByteArrayInputStream(new byte[] {'\r', '\n'}), body), limits.maxRequestBytes() + 2));
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        skipTo(in, delimiter); // the preamble
        List<FilePart> parts = new ArrayList<>();
        while (true) {
            int a = in.read();
            int b = in.read();
            if (a == '-' && b == '-') {
                return parts; // the closing delimiter; the epilogue is ignored
            }
            while (a == ' ' || a == '\t') { // transport padding
                a = b;
                b = in.read();
            }
            if (a != '\r' || b != '\n') {
                throw InvalidInput.of("$", "the multipart body is malformed after a boundary");
            }
            if (parts.size() == limits.maxParts()) {
                throw RequestRefused.tooLarge("the upload holds more than " + limits.maxParts() + " parts");
            }
            String headers = headers(in);
            byte[] content = content(in, delimiter, limits.maxPartBytes());
            parts.add(part(headers, content));
        }
    }

    private static boolean isFormData(HttpMediaType type) {
        return type.mediaType().type().equalsIgnoreCase("multipart")
                && type.mediaType().subtype().equalsIgnoreCase("form-data");
    }

    /** The part's header block, up to the empty line (empty when the part has no headers). */
    private static String headers(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        int last4 = 0; // the last four bytes read, CRLF CRLF being 0x0d0a0d0a
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw InvalidInput.of("$", "the multipart body ends inside a part's headers");
            }
            out.write(b);
            last4 = last4 << 8 | b;
            if (out.size() > MAX_PART_HEADER_BYTES) {
                throw RequestRefused.tooLarge("a part's headers are larger than " + MAX_PART_HEADER_BYTES / 1024 + " KiB");
            }
            if (out.size() == 2 && (last4 & 0xffff) == 0x0d0a) {
                return "";
            }
            if (last4 == 0x0d0a0d0a) {
                String text = out.toString(StandardCharsets.UTF_8);
                return text.substring(0, text.length() - 4);
            }
        }
    }

    /**
     * The content up to the next delimiter. The delimiter starts with CR, which appears nowhere else in it (a
     * boundary holds no CR), so after a mismatch the search restarts without backtracking.
     */
    private static byte[] content(InputStream in, byte[] delimiter, long max) throws IOException {
        var out = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < delimiter.length) {
            int b = in.read();
            if (b < 0) {
                throw InvalidInput.of("$", "the multipart body is not closed");
            }
            if (b == (delimiter[matched] & 0xff)) {
                matched++;
                continue;
            }
            out.write(delimiter, 0, matched);
            matched = 0;
            if (b == delimiter[0]) {
                matched = 1;
            } else {
                out.write(b);
            }
            if (out.size() > max) {
                throw RequestRefused.tooLarge("a part is larger than " + RequestRefused.describe(max));
            }
        }
        return out.toByteArray();
    }

    private static void skipTo(InputStream in, byte[] delimiter) throws IOException {
        int matched = 0;
        while (matched < delimiter.length) {
            int b = in.read();
            if (b < 0) {
                throw InvalidInput.of("$", "the multipart body holds no part");
            }
            matched = b == (delimiter[matched] & 0xff) ? matched + 1 : b == delimiter[0] ? 1 : 0;
        }
    }

    private static FilePart part(String headers, byte[] content) {
        String disposition = null;
        String contentType = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("content-disposition")) {
                disposition = value;
            } else if (name.equals("content-type")) {
                contentType = value;
            }
        }
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
            throw InvalidInput.of("$", "every part needs Content-Disposition: form-data with a name");
        }
        String name = parameter(disposition, "name")
                .orElseThrow(() -> InvalidInput.of("$", "every part needs Content-Disposition: form-data with a name"));
        String fileName = parameter(disposition, "filename").map(MultipartFiles::baseName).orElse(null);
        return new FilePart(name, fileName, contentType, content);
    }

    /** A parameter of a Content-Disposition value, quoted or not: {@code name="files"}, {@code filename=a.csv}. */
    private static Optional<String> parameter(String disposition, String key) {
        for (String piece : disposition.split(";")) {
            String p = piece.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(key)) {
                String v = p.substring(eq + 1).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** A file's own name: browsers on some systems send the whole path. */
    private static String baseName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** Refuses with 413 once more than {@code max} bytes have been read. */
    private static final class Limited extends InputStream {
        private final InputStream in;
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && ++read > max) {
                throw RequestRefused.tooLarge("the upload is larger than " + RequestRefused.describe(max - 2));
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) {
                read += n;
                if (read > max) {
                    throw RequestRefused.tooLarge("the upload is larger than " + RequestRefused.describe(max - 2));
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
