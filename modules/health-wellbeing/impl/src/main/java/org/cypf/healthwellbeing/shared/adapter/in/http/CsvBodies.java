package org.cypf.healthwellbeing.shared.adapter.in.http;

import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.http.RequestRefused;

/** A {@code text/csv} upload in UTF-8 of at most {@value #MAX_MIB} MiB (413 beyond), for health's imports. */
public final class CsvBodies {
    public static final int MAX_MIB = 20;
    private static final int MAX_BYTES = MAX_MIB * 1024 * 1024;

    private CsvBodies() {}

    public static String csv(ServerRequest req) {
        boolean csv = req.headers().contentType()
                .map(t -> t.mediaType().text().toLowerCase(Locale.ROOT).equals("text/csv")).orElse(false);
        if (!csv) {
            throw InvalidInput.of("$", "send the file as text/csv");
        }
        if (req.headers().contentLength().orElse(0L) > MAX_BYTES) {
            throw RequestRefused.tooLarge("the file is larger than " + MAX_MIB + " MiB");
        }
        try (var in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw RequestRefused.tooLarge("the file is larger than " + MAX_MIB + " MiB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
