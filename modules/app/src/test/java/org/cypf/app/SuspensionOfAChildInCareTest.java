package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's Done-means in the running app, with the real dispatcher: a school's suspension of a child in care,
 * imported by education, reaches the virtual school's record of the child and social care's record of the child
 * once each, and once each still after every delivery is made again (as after a crash between a subscriber's commit
 * and its acknowledgement).
 */
class SuspensionOfAChildInCareTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String OFFICER = TestTokens.bearer("vso.jones", "council", "virtual-school-officer");
    private static final String TEAM_MANAGER = TestTokens.bearer("tm.patel", "council", "team-manager");
    private static final String UPN = "A861200101002";
    private static RunningCypf cypf;

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("suspension of a child in care");
    }

    @AfterAll
    static void stop() {
        cypf.close();
    }

    @Test
    void a_suspension_reaches_the_virtual_school_and_social_care_once_each_even_when_delivered_twice() {
        var entered = cypf.postAs("/social-care/periods-of-care", """
                {"child": {"localChildId": "SUSP1", "upn": "%s", "dateOfBirth": "2013-07-14", "sex": "1"},
                 "startDate": "2024-09-02", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AB"}}""".formatted(UPN));
        assertEquals(201, entered.status(), entered.body());
        String childId = entered.json().get("childId").asText();
        var allocated = cypf.sendWith("POST", "/governance/involvements", """
                {"childId": "%s", "userId": "vso.jones", "organisation": "council", "kind": "ALLOCATED-WORKER",
                 "validFrom": "2024-09-02"}""".formatted(childId), TEAM_MANAGER);
        assertEquals(201, allocated.status(), allocated.body());
        eventually("the virtual school holds the child who entered care", () -> cypf.count(
                "select count(*) from education_skills.virtual_school_child where child_id = ?::uuid", childId) == 1
                ? true : null);

        imported("/settings/register", "URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),"
                + "Trusts (name),Postcode\r\n100001,Brook Primary,Community school,Primary,,\r\n");
        imported("/exclusions", "UPN,URN,Category,Reason,StartDate,Sessions\r\n"
                + UPN + ",100001,FIXD,VA,2024-11-04,4\r\n");

        eventually("the suspension reached both contexts", () -> virtualSchoolExclusions(childId) == 1
                && socialCareExclusions(childId) == 1 ? true : null);

        long redelivered = cypf.count("""
                select count(*) from platform.event_delivery where subscriber_id in (?, ?)""",
                "education-skills.virtual-school.exclusions", "social-care.school-exclusions");
        assertEquals(2, redelivered, "one delivery to each subscriber");
        cypf.execute("""
                update platform.event_delivery set status = 'PENDING', completed_at = null, next_attempt_at = now()
                 where subscriber_id in (?, ?)""",
                "education-skills.virtual-school.exclusions", "social-care.school-exclusions");
        eventually("both deliveries made again", () -> cypf.count("""
                select count(*) from platform.event_delivery where subscriber_id in (?, ?) and status = 'COMPLETED'""",
                "education-skills.virtual-school.exclusions", "social-care.school-exclusions") == 2 ? true : null);

        assertEquals(1, virtualSchoolExclusions(childId), "the virtual school applied it once");
        assertEquals(1, socialCareExclusions(childId), "social care applied it once");
        JsonNode page = cypf.getWith("/education-skills/virtual-school/children/" + childId + "/exclusions", OFFICER)
                .json();
        assertEquals("VA", page.get("exclusions").get(0).get("reason").asText(), page.toString());
    }

    private static long virtualSchoolExclusions(String childId) {
        return cypf.count("select count(*) from education_skills.virtual_school_exclusion e "
                + "where e.child_id = ?::uuid", childId);
    }

    private static long socialCareExclusions(String childId) {
        return cypf.count("select count(*) from social_care.school_exclusion where child_id = ?::uuid", childId);
    }

    private static void imported(String path, String csv) {
        var answer = cypf.postWith("/education-skills" + path, "text/csv", csv, OFFICER);
        assertEquals(200, answer.status(), answer.body());
    }

    private static <T> T eventually(String what, Supplier<T> found) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
