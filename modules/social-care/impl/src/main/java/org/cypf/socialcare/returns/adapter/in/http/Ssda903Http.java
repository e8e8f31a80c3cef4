package org.cypf.socialcare.returns.adapter.in.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.http.Authentication;
import org.cypf.platform.http.RequestParameters;
import org.cypf.platform.http.RouteRequest;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.returns.ConvictedView;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.api.returns.RecordConvicted;
import org.cypf.socialcare.api.returns.Ssda903ImportResult;
import org.cypf.socialcare.api.returns.Ssda903Layout;
import org.cypf.socialcare.api.returns.Ssda903Return;
import org.cypf.socialcare.api.returns.Ssda903Returns;

/**
 * The SSDA903 return over HTTP, mounted at {@value #PATH}: {@code GET /ssda903/{year}} answers the year's CSV files
 * in a ZIP, or with {@code ?layout=xml} the XML layout; {@code POST /ssda903/{year}} reads them back, sent as a ZIP
 * ({@code application/zip}), as a {@code multipart/form-data} body with one CSV (or ZIP) per part, as one
 * {@code text/csv} file, or as the XML layout ({@code application/xml} or {@code text/xml}), within the
 * limits of {@link ReturnUpload}, child by child ({@code ?dryRun=true} checks without storing). Both answer files
 * or problems of their own, so both are served from the rules themselves (as the exports' files are).
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
        routes.put("/ssda903/{year}/children/{childId}/convicted", RecordConvicted.class, returns::recordConvicted)
                .answers(ConvictedView.class);
        routes.rules().get("/ssda903/{year}", (req, res) -> {
            Caller caller = Caller.from(Authentication.requirePrincipal(req), name -> RequestParameters.header(req, name));
            int year = RouteRequest.of(req).path("year", Integer.class);
            Ssda903Layout layout = layout(req);
            Ssda903Return ret = returns.exportReturn(caller, year, layout);
            String name = "ssda903-" + year + "-" + String.format("%02d", (year + 1) % 100);
            res.status(Status.OK_200);
            if (layout == Ssda903Layout.XML) {
                res.header(HeaderNames.CONTENT_TYPE, "application/xml; charset=UTF-8");
                res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".xml\"");
                res.send(ret.files().getFirst().content().getBytes(StandardCharsets.UTF_8));
            } else {
                res.header(HeaderNames.CONTENT_TYPE, "application/zip");
                res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".zip\"");
                res.send(zip(ret.files()));
            }
        });
        routes.rules().post("/ssda903/{year}", (req, res) -> {
            Caller caller = Caller.from(Authentication.requirePrincipal(req), name -> RequestParameters.header(req, name));
            RouteRequest route = RouteRequest.of(req);
            int year = route.path("year", Integer.class);
            boolean dryRun = switch (req.query().first("dryRun").orElse("false")) {
                case "true" -> true;
                case "false" -> false;
                default -> throw InvalidInput.of("dryRun", "must be true or false");
            };
            List<CsvFile> files = ReturnUpload.read(req, limits);
            Ssda903ImportResult result = dryRun ? returns.checkReturn(caller, year, files)
                    : returns.importReturn(caller, year, files);
            answer(req, res, year, result);
        });
    }

    /**
     * The export's layout: {@code ?layout=xml} or {@code ?layout=csv}; without it, XML when the client accepts
     * {@code application/xml} and not {@code application/zip}, else the CSV files in a ZIP.
     */
    private static Ssda903Layout layout(ServerRequest req) {
        var asked = req.query().first("layout");
        if (asked.isPresent()) {
            return switch (asked.get()) {
                case "xml" -> Ssda903Layout.XML;
                case "csv" -> Ssda903Layout.CSV;
                default -> throw InvalidInput.of("layout", "must be csv or xml");
            };
        }
        String accept = RequestParameters.header(req, "Accept").orElse("");
        return accept.contains("application/xml") && !accept.contains("application/zip") ? Ssda903Layout.XML
                : Ssda903Layout.CSV;
    }

    private static void answer(ServerRequest req, ServerResponse res, int year, Ssda903ImportResult result) {
        ImportAnswer.send(req, res, "ssda903-" + year + "-" + String.format("%02d", (year + 1) % 100) + "-issues.csv",
                new ImportAnswer.Outcome(result, result.issues(), result.hasErrors(), result.dryRun(),
                        result.childrenStored(), result.childrenHeldBack(), "warning"));
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
