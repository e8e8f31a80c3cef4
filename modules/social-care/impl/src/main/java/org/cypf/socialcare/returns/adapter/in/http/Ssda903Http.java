package org.cypf.socialcare.returns.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.api.returns.Ssda903Return;
import org.cypf.socialcare.api.returns.Ssda903Returns;

/**
 * The SSDA903 return over HTTP, mounted at {@value #PATH}: {@code GET /ssda903/{year}} answers the year's CSV files
 * in a ZIP; {@code POST /ssda903/{year}} reads them back, sent as a ZIP ({@code application/zip}), as a
 * {@code multipart/form-data} body with one CSV (or ZIP) per part, or as one {@code text/csv} file, within the
 * limits of {@link ReturnUpload}.
 */
public final class Ssda903Http implements HttpService {
    public static final String PATH = "/returns";

    private final Ssda903Returns returns;
    private final ReturnUpload.Limits limits;

    public Ssda903Http(Ssda903Returns returns) {
        this(returns, ReturnUpload.Limits.STANDARD);
    }

    Ssda903Http(Ssda903Returns returns, ReturnUpload.Limits limits) {
        this.returns = returns;
        this.limits = limits;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        YearFiles.get(routes, "/ssda903/{year}", (caller, year) -> {
            Ssda903Return ret = returns.exportReturn(caller, year);
            return new YearFiles.Attachment("application/zip", "ssda903-" + year + "-"
                    + String.format("%02d", (year + 1) % 100) + ".zip", zip(ret.files()));
        });
        routes.post("/ssda903/{year}", (caller, req) -> returns.importReturn(caller, req.path("year", Integer.class),
                ReturnUpload.read(req.request(), limits)));
    }

    static byte[] zip(List<CsvFile> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (CsvFile f : files) {
                var entry = new ZipEntry(f.name());
                entry.setTime(0); // the same records give the same bytes
                zip.putNextEntry(entry);
                zip.write(f.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
