package org.cypf.socialcare.returns.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.nio.charset.StandardCharsets;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.returns.CinCensusChildView;
import org.cypf.socialcare.api.returns.CinCensusEpisodeView;
import org.cypf.socialcare.api.returns.CinCensusExport;
import org.cypf.socialcare.api.returns.CinCensusFile;
import org.cypf.socialcare.api.returns.CinCensusRecording;
import org.cypf.socialcare.api.returns.RecordCinCensusChild;
import org.cypf.socialcare.api.returns.RecordCinCensusEpisode;

/**
 * The CIN census over HTTP, mounted at {@value #PATH}: {@code GET /{year}} answers the year's XML file as an
 * attachment; {@code PUT /children/{childId}} and {@code PUT /referrals/{referralId}} record what the census asks
 * of a child and of a CIN episode that casework records nowhere else (ADR 0071).
 */
public final class CinCensusHttp implements HttpService {
    public static final String PATH = "/returns/cin-census";

    private final CinCensusExport census;
    private final CinCensusRecording recording;

    public CinCensusHttp(CinCensusExport census, CinCensusRecording recording) {
        this.census = census;
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
    }
}
