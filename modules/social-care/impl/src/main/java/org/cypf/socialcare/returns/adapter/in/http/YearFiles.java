package org.cypf.socialcare.returns.adapter.in.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import java.util.function.BiFunction;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Authentication;
import org.cypf.platform.http.RequestParameters;
import org.cypf.platform.http.RouteRequest;
import org.cypf.platform.http.Routes;

/**
 * A return's file for a collection year, answered as an attachment rather than JSON: the one kind of route
 * {@link Routes} leaves to its {@code rules()} (ADR 0016). The caller is read first, then the year from the path,
 * by the same rules as every other route.
 */
final class YearFiles {
    /** The file a return's export answers: its media type, its name and its bytes. */
    record Attachment(String contentType, String fileName, byte[] content) {}

    private YearFiles() {}

    /** {@code GET path}, where path has a {@code {year}}, answering {@code export(caller, year)} as an attachment. */
    static void get(Routes<Caller> routes, String path, BiFunction<Caller, Integer, Attachment> export) {
        routes.rules().get(path, (req, res) -> {
            Caller caller = Caller.from(Authentication.requirePrincipal(req), name -> RequestParameters.header(req, name));
            int year = RouteRequest.of(req).path("year", Integer.class);
            Attachment file = export.apply(caller, year);
            res.status(Status.OK_200);
            res.header(HeaderNames.CONTENT_TYPE, file.contentType());
            res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"");
            res.send(file.content());
        });
    }
}
