package org.cypf.socialcare.returns.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cypf.platform.csv.Csv;
import org.cypf.platform.http.JsonBodies;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.platform.http.RequestParameters;
import org.cypf.platform.json.JsonMapping;
import org.cypf.socialcare.api.returns.ImportIssue;

/**
 * The answer to an import of a return, the same for SSDA903 and the CIN census so that analysts read one shape: with
 * {@code Accept: text/csv}, every issue as CSV (child, file, line, column, rule, message, severity); else, when a
 * child was held back, 422 problem+json listing every issue beside the result; else 200 JSON.
 */
final class ImportAnswer {
    /**
     * What an import's result says, whatever the return.
     *
     * @param nonBlocking what the return calls an issue that never holds a child back ("warning", "query")
     */
    record Outcome(Object result, List<ImportIssue> issues, boolean hasErrors, boolean dryRun, int childrenStored,
                   int childrenHeldBack, String nonBlocking) {}

    private static final List<String> COLUMNS = List.of("child", "file", "line", "column", "rule", "message",
            "severity");

    private ImportAnswer() {}

    static void send(ServerRequest req, ServerResponse res, String issuesFile, Outcome outcome) {
        if (RequestParameters.header(req, "Accept").orElse("").contains("text/csv")) {
            res.status(Status.OK_200);
            res.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
            res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + issuesFile + "\"");
            res.send(issuesCsv(outcome.issues()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!outcome.hasErrors()) {
            JsonBodies.send(res, Status.OK_200, outcome.result());
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:cypf:problem:children-held-back");
        body.put("title", "Children held back");
        body.put("status", 422);
        body.put("detail", outcome.childrenStored() + (outcome.dryRun() ? " children would be stored, "
                : " children stored, ") + outcome.childrenHeldBack() + " held back with errors; every error and "
                + outcome.nonBlocking() + " is listed");
        body.put("instance", req.path().absolute().path());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ImportIssue i : outcome.issues()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("field", i.field());
            e.put("reason", i.message());
            e.put("child", i.child());
            e.put("file", i.file());
            e.put("line", i.line());
            e.put("column", i.column());
            e.put("rule", i.rule());
            e.put("severity", i.severity().name().toLowerCase(Locale.ROOT));
            errors.add(e);
        }
        body.put("errors", errors);
        body.put("result", outcome.result());
        res.status(Status.create(422));
        res.header(HeaderNames.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE);
        try {
            res.send(JsonMapping.clients().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the import's problem", e);
        }
    }

    /**
     * The issues as CSV (RFC 4180, CRLF), one a line, in the order of file and line, for an analyst's spreadsheet:
     * the cells hold what the file sent (a child's id, a file's name, a value quoted in a message), so a cell that
     * would start a formula is written as text ({@link Csv#writeForSpreadsheets}).
     */
    static String issuesCsv(List<ImportIssue> issues) {
        List<List<String>> rows = new ArrayList<>();
        for (ImportIssue i : issues) {
            rows.add(Arrays.asList(i.child(), i.file(), String.valueOf(i.line()), i.column(), i.rule(), i.message(),
                    i.severity().name().toLowerCase(Locale.ROOT)));
        }
        return Csv.writeForSpreadsheets(COLUMNS, rows);
    }
}
