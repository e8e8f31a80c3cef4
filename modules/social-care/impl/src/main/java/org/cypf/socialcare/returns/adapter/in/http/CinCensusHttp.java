package org.cypf.socialcare.returns.adapter.in.http;

import static org.cypf.socialcare.shared.adapter.in.http.LookedAfterRequests.caller;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import org.cypf.platform.http.RequestParameters;
import org.cypf.socialcare.api.returns.CinCensusExport;
import org.cypf.socialcare.api.returns.CinCensusFile;

/**
 * The CIN census over HTTP, mounted at {@value #PATH}: {@code GET /{year}} answers the year's XML file as an
 * attachment.
 */
public final class CinCensusHttp implements HttpService {
    public static final String PATH = "/returns/cin-census";

    private final CinCensusExport census;

    public CinCensusHttp(CinCensusExport census) {
        this.census = census;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{year}", this::export);
    }

    private void export(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        int year = RequestParameters.path(req, "year", Integer::parseInt);
        CinCensusFile file = census.exportCensus(caller, year);
        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, "application/xml");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"");
        res.send(file.xml().getBytes(StandardCharsets.UTF_8));
    }
}
