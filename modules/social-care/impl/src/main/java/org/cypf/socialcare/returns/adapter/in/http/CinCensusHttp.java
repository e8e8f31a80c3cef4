package org.cypf.socialcare.returns.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.nio.charset.StandardCharsets;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;
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
        YearFiles.get(Routes.on(rules, Caller::from), "/{year}", (caller, year) -> {
            CinCensusFile file = census.exportCensus(caller, year);
            return new YearFiles.Attachment("application/xml", file.fileName(), file.xml().getBytes(StandardCharsets.UTF_8));
        });
    }
}
