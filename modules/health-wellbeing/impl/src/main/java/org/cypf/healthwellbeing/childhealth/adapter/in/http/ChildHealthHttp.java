package org.cypf.healthwellbeing.childhealth.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.api.childhealth.ChildHealthImported;
import org.cypf.healthwellbeing.api.childhealth.ChildHealthImports;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.http.RequestRefused;
import org.cypf.platform.http.Routes;

/**
 * Child health imports, under {@value #PATH}: {@code POST /imports/{kind}} takes one {@code text/csv} file in UTF-8
 * of at most {@value #MAX_MIB} MiB (413 beyond) and answers what was stored, or 400 naming every row error.
 */
public final class ChildHealthHttp {
    public static final String PATH = "/child-health";
    public static final int MAX_MIB = 20;
    private static final int MAX_BYTES = MAX_MIB * 1024 * 1024;

    private final ChildHealthImports imports;

    public ChildHealthHttp(ChildHealthImports imports) {
        this.imports = imports;
    }

    public void routing(HttpRules rules) {
        Routes.on(rules, Caller::from).post(PATH + "/imports/{kind}", (caller, req) ->
                imports.importFile(caller, req.path("kind", String.class), csv(req.request())))
                .answers(ChildHealthImported.class);
    }

    private static String csv(ServerRequest req) {
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
