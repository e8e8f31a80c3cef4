package org.cypf.platform.http;

import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cypf.kernel.problem.InvalidInput;

/**
 * An import's body: one {@code text/csv} file in UTF-8, of at most the MiB its route allows (413 beyond), read the
 * same way by every context's imports (their rows are read by the platform's {@code Csv}).
 */
public final class CsvBodies {
    private CsvBodies() {}

    public static String read(ServerRequest req, int maxMib) {
        int maxBytes = maxMib * 1024 * 1024;
        boolean csv = req.headers().contentType()
                .map(t -> t.mediaType().text().toLowerCase(Locale.ROOT).equals("text/csv")).orElse(false);
        if (!csv) {
            throw InvalidInput.of("$", "send the file as text/csv");
        }
        if (req.headers().contentLength().orElse(0L) > maxBytes) {
            throw RequestRefused.tooLarge("the file is larger than " + maxMib + " MiB");
        }
        try (var in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw RequestRefused.tooLarge("the file is larger than " + maxMib + " MiB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
