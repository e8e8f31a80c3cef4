package org.cypf.governance.subjectaccess.adapter.in.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.HeldRecord;
import org.cypf.governance.api.subjectaccess.SubjectAccess;
import org.cypf.governance.api.subjectaccess.SubjectAccessExport;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.http.Authentication;
import org.cypf.platform.http.RouteRequest;
import org.cypf.platform.http.Routes;

/**
 * Subject access, mounted at {@value #PREFIX}: {@code GET /{childId}} is the export as JSON, {@code GET
 * /{childId}/page} the same export as a readable HTML page, every value escaped (ADR 0032). Each is audited.
 */
public final class SubjectAccessHttp implements HttpService {
    public static final String PREFIX = "/governance/subject-access";

    private final SubjectAccess subjectAccess;

    public SubjectAccessHttp(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.get("/{childId}", (caller, req) ->
                subjectAccess.export(caller, new ChildId(req.path("childId", UUID.class))));
        // A page, not JSON: on the rules themselves, reading the caller and the path the same way.
        rules.get("/{childId}/page", this::page);
    }

    private void page(ServerRequest http, ServerResponse res) {
        var req = RouteRequest.of(http);
        Caller caller = Caller.from(Authentication.requirePrincipal(http),
                name -> req.header(name).map(String::strip).filter(v -> !v.isEmpty()));
        var export = subjectAccess.export(caller, new ChildId(req.path("childId", UUID.class)));
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
        res.send(html(export).getBytes(StandardCharsets.UTF_8));
    }

    /** The export as a page a child or their family can read: one table per record, every value escaped. */
    public static String html(SubjectAccessExport export) {
        var out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Records held about a child</title></head><body>\n")
                .append("<h1>Records held about child ").append(escape(export.childId().toString())).append("</h1>\n")
                .append("<p>Produced ").append(escape(export.producedAt().toString())).append(" from: ")
                .append(escape(String.join(", ", export.contexts()))).append(".</p>\n");
        if (export.records().isEmpty()) {
            out.append("<p>No records are held.</p>\n");
        }
        for (HeldRecord record : export.records()) {
            out.append("<section><h2>").append(escape(record.context())).append(": ")
                    .append(escape(record.recordType())).append("</h2>\n<table>\n");
            for (Map.Entry<String, String> field : record.fields().entrySet()) {
                out.append("<tr><th>").append(escape(field.getKey())).append("</th><td>")
                        .append(escape(field.getValue() == null ? "" : field.getValue())).append("</td></tr>\n");
            }
            out.append("</table></section>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
