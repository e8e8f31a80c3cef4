package org.cypf.socialcare.returns.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cypf.platform.csv.Csv;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.cypf.socialcare.shared.adapter.in.http.SocialCareHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The issues an import answers as CSV ({@code Accept: text/csv}) are opened by analysts in a spreadsheet, and their
 * cells hold what the file sent. Over a real socket, a file whose values a spreadsheet would run as formulas (CSV
 * injection) gets them back as text: each such cell quoted with a single quote before it (OWASP), and nothing stored.
 * (A tab or carriage return first is guarded too, {@code CsvTest}; the reader strips them from a CHILD.)
 */
@ServerTest
class ImportIssuesCsvTest {
    private static final String PATH = SocialCareHttp.PREFIX + "/returns/ssda903/2024";
    private static final List<String> HOSTILE = List.of("=1+1", "@SUM(A1)", "+2", "-3+4",
            "=cmd|' /C calc'!A0");
    private static SocialCareFixture f;
    private final Http1Client client;
    private final CaseworkClient http;

    ImportIssuesCsvTest(Http1Client client) {
        this.client = client;
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "import issues csv");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void a_value_a_spreadsheet_would_run_as_a_formula_comes_back_as_text() {
        var file = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n");
        for (String child : HOSTILE) {
            file.append('"').append(child).append("\",1,01/02/2015,,,,\r\n");
        }
        file.append("OK1,1,01/02/2015,=HYPERLINK(\"\"http://x\"\"),,,\r\n");
        String csv;
        try (Http1ClientResponse r = http.as(client.post(PATH), SocialCareFixture.PARTNER)
                .header(HeaderNames.CONTENT_TYPE, "text/csv").header(HeaderNames.ACCEPT, "text/csv")
                .queryParam("dryRun", "true").submit(file.toString().getBytes(StandardCharsets.UTF_8))) {
            assertEquals(200, r.status().code());
            csv = r.as(String.class);
        }
        List<Csv.Line> lines = Csv.read(csv, 100);
        assertEquals(List.of("child", "file", "line", "column", "rule", "message", "severity"),
                lines.getFirst().fields());
        for (String child : HOSTILE) {
            assertTrue(lines.stream().anyMatch(l -> l.fields().getFirst().equals("'" + child)),
                    "the child " + child + " as text: " + csv);
            assertTrue(csv.contains("\"'" + child + "\","), "quoted, the single quote inside: " + csv);
        }
        assertTrue(lines.stream().allMatch(l -> l.fields().stream().noneMatch(c -> !c.isEmpty()
                && "=+-@\t\r".indexOf(c.charAt(0)) >= 0)), "no cell starts a formula: " + csv);
        assertEquals(0, f.count("select count(*) from social_care.child"), "a dry run stores nothing");
    }
}
