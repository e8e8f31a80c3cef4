package org.cypf.socialcare.returns.adapter.in.http;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.http.Authentication;
import org.cypf.platform.http.RequestParameters;
import org.cypf.platform.http.RequestRefused;
import org.cypf.platform.http.RouteRequest;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.returns.CinCensusChildView;
import org.cypf.socialcare.api.returns.CinCensusEpisodeView;
import org.cypf.socialcare.api.returns.CinCensusExport;
import org.cypf.socialcare.api.returns.CinCensusFile;
import org.cypf.socialcare.api.returns.CinCensusImport;
import org.cypf.socialcare.api.returns.CinCensusImportResult;
import org.cypf.socialcare.api.returns.CinCensusRecording;
import org.cypf.socialcare.api.returns.RecordCinCensusChild;
import org.cypf.socialcare.api.returns.RecordCinCensusEpisode;

/**
 * The CIN census over HTTP, mounted at {@value #PATH}: {@code GET /{year}} answers the year's XML file as an
 * attachment; {@code POST /{year}} reads one back ({@code application/xml} or {@code text/xml}, at most
 * {@value #MAX_BODY_MIB} MiB) child by child, {@code ?dryRun=true} checking without storing, answered as the SSDA903
 * import is (ADR 0070, 0073); {@code PUT /children/{childId}} and {@code PUT /referrals/{referralId}} record what the
 * census asks of a child and of a CIN episode that casework records nowhere else (ADR 0071).
 */
public final class CinCensusHttp implements HttpService {
    public static final String PATH = "/returns/cin-census";
    /** The largest file accepted: a national-size authority's year is a few tens of MiB. */
    public static final int MAX_BODY_MIB = 50;

    private final CinCensusExport census;
    private final CinCensusImport imports;
    private final CinCensusRecording recording;

    public CinCensusHttp(CinCensusExport census, CinCensusImport imports, CinCensusRecording recording) {
        this.census = census;
        this.imports = imports;
        this.recording = recording;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.put("/children/{childId}", RecordCinCensusChild.class, recording::recordChild)
                .answers(CinCensusChildView.class);
        routes.put("/referrals/{referralId}", RecordCinCensusEpisode.class, recording::recordEpisode)
                .answers(CinCensusEpisodeView.class);
        YearFiles.get(routes, "/{year}", (caller, year) -> {
            CinCensusFile file = census.exportCensus(caller, year);
            return new YearFiles.Attachment("application/xml", file.fileName(), file.xml().getBytes(StandardCharsets.UTF_8));
        });
        routes.rules().post("/{year}", (req, res) -> {
            Caller caller = Caller.from(Authentication.requirePrincipal(req), name -> RequestParameters.header(req, name));
            int year = RouteRequest.of(req).path("year", Integer.class);
            boolean dryRun = switch (req.query().first("dryRun").orElse("false")) {
                case "true" -> true;
                case "false" -> false;
                default -> throw InvalidInput.of("dryRun", "must be true or false");
            };
            String xml = body(req);
            CinCensusImportResult result = dryRun ? imports.checkCensus(caller, year, xml)
                    : imports.importCensus(caller, year, xml);
            answer(req, res, year, result);
        });
    }

    /** The XML body within {@link #MAX_BODY_MIB}: 413 over it, 400 for another content type. */
    private static String body(ServerRequest req) {
        String type = req.headers().contentType().map(t -> t.mediaType().text().toLowerCase(Locale.ROOT)).orElse("");
        if (!type.equals("application/xml") && !type.equals("text/xml")) {
            throw InvalidInput.of("$", "send the CIN census as application/xml (or text/xml)");
        }
        long max = MAX_BODY_MIB * 1024L * 1024L;
        if (req.headers().contentLength().orElse(0L) > max) {
            throw RequestRefused.tooLarge("the CIN census is larger than " + MAX_BODY_MIB + " MiB");
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes((int) max + 1);
            if (bytes.length > max) {
                throw RequestRefused.tooLarge("the CIN census is larger than " + MAX_BODY_MIB + " MiB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(ServerRequest req, ServerResponse res, int year, CinCensusImportResult result) {
        ImportAnswer.send(req, res, "cin-census-" + year + "-" + String.format("%02d", (year + 1) % 100)
                + "-issues.csv", new ImportAnswer.Outcome(result, result.issues(), result.hasErrors(), result.dryRun(),
                result.childrenStored(), result.childrenHeldBack(), "query"));
    }
}
