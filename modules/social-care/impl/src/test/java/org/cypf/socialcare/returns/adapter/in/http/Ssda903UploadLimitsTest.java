package org.cypf.socialcare.returns.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.CaseworkClient.Answer;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.returns.adapter.out.csv.Ssda903CsvReader;
import org.cypf.socialcare.shared.adapter.in.http.SocialCareHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The SSDA903 upload's limits over a real socket: one budget of unpacked bytes and of files per request, however
 * the files are packed; a limit passed is a 413 problem naming it (too many rows, a 400 naming the file), and the
 * import is never reached. Every refused upload would otherwise store a child, so "nothing stored" is tested, not
 * assumed. The limits are small on {@value #SMALL} (1 MiB body, 1 MiB unpacked, 3 files), the standard ones on the
 * context's own route.
 */
@ServerTest
class Ssda903UploadLimitsTest {
    private static final String SMALL = "/small";
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    private static final int KIB = 1024;
    private static SocialCareFixture f;
    private final Http1Client client;
    private final CaseworkClient http;

    Ssda903UploadLimitsTest(Http1Client client) {
        this.client = client;
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "ssda903 upload limits");
        routing.register(SMALL, new Ssda903Http(f.context.ssda903Returns(), new ReturnUpload.Limits(1, 1, 3)));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** A header file naming one new child, padded with blank lines (which a reader skips) to {@code bytes}. */
    private static String header(String child, int bytes) {
        String text = HEADER + child + ",1,01/02/2015,,,,\r\n";
        return text + "\r\n".repeat(Math.max(0, (bytes - text.length()) / 2));
    }

    private long children(String child) {
        return f.count("select count(*) from social_care.child where la_child_id = ?", child);
    }

    @Test
    void within_the_limits_the_small_route_imports() {
        Answer ok = upload(SMALL, "application/zip", zip(Map.of("header.csv", header("OK1", 100 * KIB))));
        assertEquals(200, ok.status(), () -> ok.body().toString());
        assertEquals(1, children("OK1"));
    }

    @Test
    void a_zip_bomb_is_refused_once_it_unpacks_past_the_budget() {
        byte[] bomb = zip(Map.of("header.csv", header("ZB1", 8 * 1024 * KIB)));
        assertTrue(bomb.length < 64 * KIB, "8 MiB packs small: " + bomb.length);
        Answer refused = http.problem(413, upload(SMALL, "application/zip", bomb));
        assertTrue(refused.text("/detail").contains("more than 1 MiB together, unpacked"), refused.body()::toString);
        assertEquals(0, children("ZB1"));
    }

    @Test
    void many_zips_each_within_the_budget_are_refused_together() {
        String boundary = "limits-42";
        var body = new ByteArrayOutputStream();
        for (String child : new String[] {"MZ1", "MZ2"}) {
            part(body, boundary, child + ".zip", "application/zip", zip(Map.of("header.csv", header(child, 600 * KIB))));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        Answer refused = http.problem(413, upload(SMALL, "multipart/form-data; boundary=" + boundary, body.toByteArray()));
        assertTrue(refused.text("/detail").contains("more than 1 MiB together, unpacked"), refused.body()::toString);
        assertEquals(0, children("MZ1") + children("MZ2"));
    }

    @Test
    void too_many_parts_or_files_are_refused_naming_the_limit() {
        String boundary = "limits-43";
        var body = new ByteArrayOutputStream();
        part(body, boundary, "header.csv", "text/csv", header("TP1", 0).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) {
            part(body, boundary, "extra" + i + ".csv", "text/csv", "A,B\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        Answer parts = http.problem(413, upload(SMALL, "multipart/form-data; boundary=" + boundary, body.toByteArray()));
        assertTrue(parts.text("/detail").contains("more than 3 parts"), parts.body()::toString);

        Map<String, String> four = new LinkedHashMap<>();
        four.put("header.csv", header("TP1", 0));
        for (int i = 0; i < 3; i++) {
            four.put("extra" + i + ".csv", "A,B\r\n");
        }
        Answer files = http.problem(413, upload(SMALL, "application/zip", zip(four)));
        assertTrue(files.text("/detail").contains("more than 3 files"), files.body()::toString);
        assertEquals(0, children("TP1"));
    }

    @Test
    void too_many_rows_are_refused_naming_the_file_and_the_limit() {
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i <= Ssda903CsvReader.MAX_ROWS; i++) {
            csv.append('R').append(i).append(",1,01/02/2015,,,,\r\n");
        }
        Answer refused = http.problem(400, upload(SocialCareHttp.PREFIX + "/returns", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("upload.csv", refused.fields().getFirst());
        assertTrue(refused.body().at("/errors/0/reason").asText().contains(Ssda903CsvReader.MAX_ROWS + " rows"),
                refused.body()::toString);
        assertEquals(0, children("R0"));
    }

    @Test
    void the_xml_layout_is_taken_by_its_content_type_and_given_back_with_layout_xml_and_convicted_is_recorded() {
        String xml = "<?xml version=\"1.0\"?>\n<Children><Child><Header><CHILD>XH1</CHILD><SEX>1</SEX><DOB>01/02/2015</DOB>"
                + "</Header><Episodes><Episode><DECOM>01/05/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PLACE>U6</PLACE>"
                + "<PLACE_PROVIDER>PR1</PLACE_PROVIDER></Episode></Episodes></Child></Children>\n";
        Answer ok = upload(SMALL, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, ok.status(), () -> ok.body().toString());
        assertEquals(1, children("XH1"));
        try (Http1ClientResponse r = http.as(client.get(SMALL + "/ssda903/2024").queryParam("layout", "xml"),
                SocialCareFixture.PARTNER).request()) {
            assertEquals(200, r.status().code());
            assertTrue(r.headers().first(HeaderNames.CONTENT_TYPE).orElse("").startsWith("application/xml"));
            assertTrue(r.as(String.class).contains("<Header><CHILD>XH1</CHILD><SEX>1</SEX><DOB>01/02/2015</DOB>"));
        }
        assertEquals("layout", http.problem(400, http.get(SMALL + "/ssda903/2024", "layout", "pdf")).fields().getFirst());

        String childId = f.rows("select child_id::text from social_care.child where la_child_id = 'XH1'").getFirst()
                .get(0, String.class);
        Answer convicted = http.ok(200, http.put(SMALL + "/ssda903/2024/children/" + childId + "/convicted",
                "{\"convicted\": true}"));
        assertEquals("XH1", convicted.text("/localChildId"));
        assertEquals("convicted", http.problem(400, http.put(SMALL + "/ssda903/2024/children/" + childId + "/convicted",
                "{}")).fields().getFirst());
    }

    @Test
    void an_xml_document_with_an_entity_is_refused_whole_naming_it() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Children [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                + "<Children><Child><Header><CHILD>&e;</CHILD><SEX>1</SEX><DOB>01/02/2015</DOB></Header></Child></Children>";
        Answer refused = http.problem(400, upload(SMALL, "text/xml", xxe.getBytes(StandardCharsets.UTF_8)));
        assertEquals("ssda903.xml", refused.fields().getFirst());
        assertTrue(refused.body().at("/errors/0/reason").asText().contains("DTD"), refused.body()::toString);
    }

    private Answer upload(String mount, String contentType, byte[] body) {
        try (Http1ClientResponse r = http.as(client.post(mount + "/ssda903/2024"), SocialCareFixture.PARTNER)
                .header(HeaderNames.CONTENT_TYPE, contentType).submit(body)) {
            return new Answer(r.status().code(), r.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    SocialCareFixture.json(r.as(String.class)), null);
        }
    }

    private static void part(ByteArrayOutputStream body, String boundary, String fileName, String type, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The files in a ZIP, as the export packs them. */
    private static byte[] zip(Map<String, String> files) {
        return Ssda903Http.zip(files.entrySet().stream().map(e -> new CsvFile(e.getKey(), e.getValue())).toList());
    }
}
