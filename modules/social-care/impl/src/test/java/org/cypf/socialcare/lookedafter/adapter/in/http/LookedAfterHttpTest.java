package org.cypf.socialcare.lookedafter.adapter.in.http;

import org.cypf.testing.TestTokens;
import static org.cypf.socialcare.SocialCareFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The looked-after, permanence, care leaver, family network and SSDA903 resources over a real socket. */
@ServerTest
class LookedAfterHttpTest {
    private static final String SC = "/social-care";
    private static SocialCareFixture f;
    private final Http1Client client;

    LookedAfterHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "looked after http");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    record Answer(int status, String contentType, JsonNode body, String location) {
        String text(String pointer) {
            return body.at(pointer).asText();
        }

        List<String> fields() {
            List<String> out = new ArrayList<>();
            body.path("errors").forEach(e -> out.add(e.get("field").asText()));
            return out;
        }
    }

    private Http1ClientRequest as(Http1ClientRequest r) {
        return r.header(HeaderNames.AUTHORIZATION,
                TestTokens.bearer("sw.smith", SocialCareFixture.PARTNER, "social-worker"));
    }

    private Answer send(Http1ClientRequest request, String body) {
        try (Http1ClientResponse r = body == null ? request.request()
                : request.header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
            String text = r.as(String.class);
            return new Answer(r.status().code(), r.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    text.isEmpty() ? null : json(text), r.headers().first(HeaderNames.LOCATION).orElse(null));
        }
    }

    private Answer ok(int status, Answer a) {
        assertEquals(status, a.status(), () -> String.valueOf(a.body()));
        return a;
    }

    private Answer post(String path, String body) {
        return send(withQuery(as(client.post(SC + path.split("\\?")[0])), path), body);
    }

    /** The query of {@code path} (name=value pairs), set as the client's query parameters. */
    private static Http1ClientRequest withQuery(Http1ClientRequest r, String path) {
        int q = path.indexOf('?');
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                r = r.queryParam(kv[0], kv[1]);
            }
        }
        return r;
    }

    private Answer put(String path, String body) {
        return send(as(client.put(SC + path)), body);
    }

    private Answer get(String path) {
        return send(withQuery(as(client.get(SC + path.split("\\?")[0])), path), null);
    }

    private Answer started(String ref, String dob, String on) {
        return ok(201, post("/periods-of-care", """
                {"child": {"localChildId": "%s", "dateOfBirth": "%s", "sex": "1"},
                 "startDate": "%s", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U6", "provider": "PR1", "postcode": "ST4 1HH"}}""".formatted(ref, dob, on)));
    }

    @Test
    void changes_of_placement_and_reviews() {
        Answer p = started("HA1", "2013-07-14", "2024-05-06");
        String period = "/periods-of-care/" + p.text("/periodId");

        Answer moved = ok(200, post(period + "/episodes", """
                {"date": "2024-09-02", "reasonForNewEpisode": "P", "reasonPlaceChange": "CREQB",
                 "placement": {"placementType": "U4", "provider": "PR4", "postcode": "st6 3aa"}, "version": 0}"""));
        assertEquals(1, moved.body().get("version").asInt());
        assertEquals("ST6 3AA", moved.text("/episodes/1/placementPostcode"));
        assertEquals("CREQB", moved.text("/episodes/0/reasonPlaceChange"), "on the episode the change ended (DfE rule 225)");

        Answer stale = ok(409, post(period + "/episodes", """
                {"date": "2024-10-02", "reasonForNewEpisode": "L", "legalStatus": "E1", "version": 0}"""));
        assertEquals("urn:cypf:problem:stale-version", stale.text("/type"));
        Answer refused = ok(400, post(period + "/episodes", """
                {"date": "2 Oct", "reasonForNewEpisode": "P", "placement": {"postcode": "nowhere"}}"""));
        // the same fields, named in the order of the command's components (ADR 0016)
        assertEquals(List.of("date", "placement.postcode", "version"), refused.fields().stream().sorted().toList());
        assertEquals(ProblemResponses.MEDIA_TYPE, refused.contentType());
        Answer twoAtOnce = ok(400, post(period + "/episodes", """
                {"date": "2024-09-01", "reasonForNewEpisode": "L", "legalStatus": "E1", "version": 1}"""));
        assertEquals(List.of("date"), twoAtOnce.fields());

        ok(201, post(period + "/reviews", "{\"date\": \"2024-06-03\", \"participation\": \"PN1\"}"));
        Answer reviews = ok(200, get(period + "/reviews"));
        assertEquals("2024-06-04", reviews.text("/reviews/0/dueBy"));
        assertEquals("2024-09-03", reviews.text("/nextDueBy"));
        assertEquals(List.of("participation"), ok(400, post(period + "/reviews", "{\"date\": \"2024-07-03\"}")).fields());
        ok(404, get("/periods-of-care/" + UUID.randomUUID() + "/reviews"));
    }

    @Test
    void a_temporary_placement_has_no_provider_dfe_rules_213_and_178() {
        Answer p = started("HT1", "2013-07-14", "2024-05-06");
        String period = "/periods-of-care/" + p.text("/periodId");
        Answer withProvider = ok(400, post(period + "/episodes", """
                {"date": "2024-09-02", "reasonForNewEpisode": "P",
                 "placement": {"placementType": "T1", "provider": "PR1"}, "version": 0}"""));
        assertEquals(List.of("placement.provider"), withProvider.fields());
        assertTrue(withProvider.text("/errors/0/reason").contains("DfE rule 213"), withProvider.body()::toString);

        Answer away = ok(200, post(period + "/episodes", """
                {"date": "2024-09-02", "reasonForNewEpisode": "P", "placement": {"placementType": "T1"}, "version": 0}"""));
        assertEquals("T1", away.text("/episodes/1/placementType"));
        assertEquals("", away.text("/episodes/1/placementProvider"), "blank, as the return writes it");

        Answer elsewhere = ok(400, post(period + "/episodes", """
                {"date": "2024-09-05", "reasonForNewEpisode": "T",
                 "placement": {"placementType": "U4", "provider": "PR4", "postcode": "ST4 1HH"}, "version": 1}"""));
        assertEquals(List.of("placement.placementType", "reasonForNewEpisode"), elsewhere.fields().stream().sorted()
                .toList(), "back to the placement before the temporary one, with RNE P (DfE rule 383)");
        assertTrue(elsewhere.text("/errors/0/reason").contains("DfE rule 383"), elsewhere.body()::toString);
        Answer back = ok(200, post(period + "/episodes", """
                {"date": "2024-09-05", "reasonForNewEpisode": "P",
                 "placement": {"placementType": "U6", "provider": "PR1", "postcode": "ST4 1HH"}, "version": 1}"""));
        assertEquals("U6", back.text("/episodes/2/placementType"));

        Answer noProviderAtTheStart = ok(400, post("/periods-of-care", """
                {"child": {"localChildId": "HT2", "dateOfBirth": "2013-07-14", "sex": "1"},
                 "startDate": "2024-05-06", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U6"}}"""));
        assertEquals(List.of("placement.provider"), noProviderAtTheStart.fields(), "U6 has a provider");
    }

    @Test
    void missing_episodes_and_uasc() {
        Answer p = started("HA2", "2010-01-01", "2024-05-06");
        String child = p.text("/childId");
        Answer gone = ok(201, post("/missing-episodes", "{\"childId\": \"%s\", \"kind\": \"M\", \"startDate\": \"2024-07-01\"}"
                .formatted(child)));
        assertEquals(SC + "/missing-episodes/" + gone.text("/missingId"), gone.location());
        ok(409, post("/missing-episodes/" + gone.text("/missingId") + "/end", "{\"endDate\": \"2024-07-02\", \"version\": 7}"));
        Answer back = ok(200, post("/missing-episodes/" + gone.text("/missingId") + "/end",
                "{\"endDate\": \"2024-07-02\", \"version\": 0}"));
        assertEquals("2024-07-02", back.text("/endDate"));
        Answer listed = ok(200, get("/missing-episodes?childId=" + child));
        assertEquals(1, listed.body().get("episodes").size());
        assertEquals(List.of("childId"), ok(400, get("/missing-episodes")).fields());

        Answer none = ok(200, get("/unaccompanied-asylum-seeking-children/" + child));
        assertEquals(false, none.body().get("unaccompanied").asBoolean());
        Answer uasc = ok(200, put("/unaccompanied-asylum-seeking-children/" + child, "{\"version\": 0}"));
        assertEquals("2028-01-01", uasc.text("/returnedDateCeased"));
        assertEquals(List.of("dateCeased"), ok(400, put("/unaccompanied-asylum-seeking-children/" + child,
                "{\"dateCeased\": \"2030-01-01\", \"version\": 1}")).fields());
        ok(404, get("/unaccompanied-asylum-seeking-children/" + UUID.randomUUID()));
        assertEquals(List.of("childId"), ok(400, get("/unaccompanied-asylum-seeking-children/not-an-id")).fields());
    }

    @Test
    void permanence_care_leavers_and_family_network_meetings() {
        Answer p = started("HA3", "2021-01-01", "2023-03-01");
        String permanence = "/permanence/" + p.text("/periodId");
        ok(200, post(permanence + "/plans", "{\"decidedOn\": \"2023-05-01\", \"plan\": \"ADOPTION\", \"version\": 0}"));
        Answer adoption = ok(200, put(permanence + "/adoption", "{\"decisionDate\": \"2023-07-03\", \"version\": 1}"));
        assertEquals("2023-07-03", adoption.text("/adoption/decisionDate"));
        assertEquals(List.of("sexOfAdopters"), ok(400, put(permanence + "/adoption",
                "{\"decisionDate\": \"2023-07-03\", \"matchedDate\": \"2023-09-01\", \"sexOfAdopters\": \"XX\", \"version\": 2}")).fields());
        ok(200, put(permanence + "/previous-permanence", "{\"code\": \"Z1\", \"version\": 2}"));
        Answer read = ok(200, get(permanence));
        assertEquals("ADOPTION", read.text("/currentPlan"));
        assertEquals("Z1", read.text("/previousPermanence/code"));
        assertEquals("2023-03-01", read.text("/journey/enteredCare"));

        Answer leaver = started("HA4", "2007-02-01", "2021-09-01");
        String cl = "/care-leavers/" + leaver.text("/childId");
        assertEquals("FORMER_RELEVANT", ok(200, get(cl)).text("/eligibility"), "18 since 1 February 2025");
        ok(200, put(cl + "/pathway", "{\"pathwayPlanDate\": \"2024-01-15\", \"personalAdviser\": \"Sam\", "
                + "\"personalAdviserFrom\": \"2024-01-15\", \"version\": 0}"));
        Answer oc3 = ok(200, put(cl + "/birthdays/17", "{\"inTouch\": \"YES\", \"activity\": \"F2\", \"accommodation\": \"C1\", \"version\": 1}"));
        assertEquals(true, oc3.body().at("/birthdays/0/inEducationEmploymentOrTraining").asBoolean());
        assertEquals(List.of("age"), ok(400, put(cl + "/birthdays/seventeen", "{\"inTouch\": \"YES\", \"version\": 2}")).fields());
        Answer published = ok(200, post("/care-leavers/eighteenth-birthdays?asAt=2025-06-30", null));
        assertEquals(leaver.text("/childId"), published.text("/published/0"));

        String child = p.text("/childId");
        Answer meeting = ok(201, post("/family-network-meetings", ("{\"childId\": \"%s\", \"heldOn\": \"2023-02-20\", "
                + "\"type\": \"FAMILY_GROUP_CONFERENCE\", \"outcome\": \"FAMILY_PLAN_AGREED\"}").formatted(child)));
        ok(200, put("/family-network-meetings/" + meeting.text("/meetingId"), "{\"heldOn\": \"2023-02-21\", "
                + "\"type\": \"FAMILY_GROUP_CONFERENCE\", \"outcome\": \"FAMILY_PLAN_AGREED\", \"version\": 0}"));
        assertEquals("2023-02-21", ok(200, get("/family-network-meetings?childId=" + child)).text("/meetings/0/heldOn"));
        Answer pastTheEnd = ok(200, get("/family-network-meetings?childId=" + child + "&page=2&size=1"));
        assertEquals("1", pastTheEnd.text("/total"), "the total is counted in the query, not from the page");
        assertEquals("0", pastTheEnd.text("/count"));
        assertEquals(List.of("heldOn", "type"), ok(400, post("/family-network-meetings",
                "{\"childId\": \"%s\", \"outcome\": \"FAMILY_PLAN_AGREED\"}".formatted(child))).fields());
    }

    @Test
    void the_ssda903_return_as_a_zip_and_back_as_a_zip_or_multipart() throws IOException {
        started("HA5", "2012-03-03", "2024-06-03");
        byte[] zip;
        try (Http1ClientResponse r = as(client.get(SC + "/returns/ssda903/2024")).request()) {
            assertEquals(200, r.status().code());
            assertEquals("application/zip", r.headers().first(HeaderNames.CONTENT_TYPE).orElseThrow());
            assertTrue(r.headers().first(HeaderNames.CONTENT_DISPOSITION).orElseThrow().contains("ssda903-2024-25.zip"));
            zip = r.as(byte[].class);
        }
        Map<String, String> files = unzip(zip);
        assertEquals(10, files.size());
        assertTrue(files.get("episodes.csv").contains("HA5,03/06/2024,S,C2,N1,U6,PR1,,,,,ST4 1HH,"), files.get("episodes.csv"));

        Answer again = upload("application/zip", zip);
        assertEquals(200, again.status(), () -> again.body().toString());
        again.body().get("files").forEach(r -> assertEquals(0, r.get("added").asInt(), r.toString()));

        // A multipart body with the files as parts (and a new child in a changed header and episodes file).
        String boundary = "cypf-boundary-42";
        var body = new StringBuilder();
        files.forEach((name, content) -> {
            String changed = switch (name) {
                case "header.csv" -> content + "HA6,2,04/04/2015,,,,\r\n";
                case "episodes.csv" -> content + "HA6,01/02/2025,S,V2,N4,U6,PR1,,,,,,\r\n";
                default -> content;
            };
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
                    .append(name).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(changed).append("\r\n");
        });
        body.append("--").append(boundary).append("--\r\n");
        Answer multipart = upload("multipart/form-data; boundary=" + boundary, body.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, multipart.status(), () -> multipart.body().toString());
        assertEquals(1, f.count("select count(*) from social_care.child where la_child_id = 'HA6'"));

        Answer wrongType = ok(400, post("/returns/ssda903/2024", "{}"));
        assertEquals(List.of("$"), wrongType.fields());
        assertEquals(List.of("$"), upload("application/zip", "not a zip".getBytes(StandardCharsets.UTF_8)).fields());
        assertEquals(List.of("collectionYear"), ok(400, get("/returns/ssda903/1999")).fields());
        assertEquals(List.of("year"), ok(400, get("/returns/ssda903/last")).fields());

        // Child by child: HA7 has a row error and is held back whole; HA8 is stored. 422 problem+json lists every
        // error with its child, file, line, column, rule and severity; a dry run stores nothing; Accept: text/csv
        // gives the same issues as CSV, the way analysts work through them.
        byte[] bad = zip(Map.of("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nHA7,1,01/01/2015,,,,\r\n"
                        + "HA8,1,01/01/2015,,B861200101002,,\r\n",
                "episodes.csv", files.get("episodes.csv").split("\r\n")[0] + "\r\nHA7,01/05/2024,S,C2,N1,U6,PR1,,,,,,XX\r\n"
                        + "HA8,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n"));
        Answer dry = upload("application/zip", bad, true, "application/json");
        assertEquals(422, dry.status(), () -> dry.body().toString());
        assertTrue(dry.body().get("result").get("dryRun").asBoolean());
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id in ('HA7', 'HA8')"));

        Answer refused = upload("application/zip", bad, false, "application/json");
        assertEquals(422, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(List.of("episodes.csv[2].URN", "header.csv[3].UPN"), refused.fields());
        JsonNode urn = refused.body().get("errors").get(0);
        assertEquals("HA7", urn.get("child").asText());
        assertEquals("error", urn.get("severity").asText());
        assertEquals("warning", refused.body().get("errors").get(1).get("severity").asText(), "a check letter warns");
        assertEquals(1, refused.body().get("result").get("childrenStored").asInt());
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'HA7'"));
        assertEquals(1, f.count("select count(*) from social_care.child where la_child_id = 'HA8'"));

        try (Http1ClientResponse r = as(client.post(SC + "/returns/ssda903/2024")).queryParam("dryRun", "true")
                .header(HeaderNames.CONTENT_TYPE, "application/zip").header(HeaderNames.ACCEPT, "text/csv").submit(bad)) {
            assertEquals(200, r.status().code());
            assertTrue(r.headers().first(HeaderNames.CONTENT_DISPOSITION).orElseThrow().contains("ssda903-2024-25-issues.csv"));
            List<String> lines = r.as(String.class).lines().toList();
            assertEquals("child,file,line,column,rule,message,severity", lines.getFirst());
            assertTrue(lines.get(1).startsWith("HA7,episodes.csv,2,URN,1008,"), lines::toString);
            assertTrue(lines.get(2).startsWith("HA8,header.csv,3,UPN,CYPF-UPN-CHECK,") && lines.get(2).endsWith(",warning"), lines::toString);
        }
    }

    private Answer upload(String contentType, byte[] body, boolean dryRun, String accept) {
        try (Http1ClientResponse r = as(client.post(SC + "/returns/ssda903/2024")).queryParam("dryRun", String.valueOf(dryRun))
                .header(HeaderNames.CONTENT_TYPE, contentType).header(HeaderNames.ACCEPT, accept).submit(body)) {
            return new Answer(r.status().code(), r.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    json(r.as(String.class)), null);
        }
    }

    private Answer upload(String contentType, byte[] body) {
        try (Http1ClientResponse r = as(client.post(SC + "/returns/ssda903/2024"))
                .header(HeaderNames.CONTENT_TYPE, contentType).submit(body)) {
            return new Answer(r.status().code(), r.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    json(r.as(String.class)), null);
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("export/" + e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
