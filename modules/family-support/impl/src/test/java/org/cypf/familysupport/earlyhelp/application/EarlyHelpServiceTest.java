package org.cypf.familysupport.earlyhelp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.familysupport.api.earlyhelp.AddTeamMember;
import org.cypf.familysupport.api.earlyhelp.AgreeFamilyPlan;
import org.cypf.familysupport.api.earlyhelp.CloseEarlyHelpEpisode;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodeView;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodes;
import org.cypf.familysupport.api.earlyhelp.EpisodeFilter;
import org.cypf.familysupport.api.earlyhelp.FamilyMember;
import org.cypf.familysupport.api.earlyhelp.HeadlineNeed;
import org.cypf.familysupport.api.earlyhelp.HeadlineOutcome;
import org.cypf.familysupport.api.earlyhelp.OpenEarlyHelpEpisode;
import org.cypf.familysupport.api.earlyhelp.PlanGoal;
import org.cypf.familysupport.api.earlyhelp.RecordEpisodeReview;
import org.cypf.familysupport.api.earlyhelp.RecordFamilyAssessment;
import org.cypf.familysupport.api.earlyhelp.RecordSustainedOutcomeCheck;
import org.cypf.familysupport.api.earlyhelp.StepUpToSocialCare;
import org.cypf.familysupport.api.earlyhelp.SustainedOutcome;
import org.cypf.familysupport.api.familynetwork.Attendee;
import org.cypf.familysupport.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.familysupport.api.familynetwork.HoldFamilyNetworkMeeting;
import org.cypf.familysupport.api.familynetwork.OfferFamilyNetworkMeeting;
import org.cypf.familysupport.api.request.ReceiveRequestForSupport;
import org.cypf.familysupport.api.request.RequestsForSupport;
import org.cypf.familysupport.api.request.TriageRequestForSupport;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.governance.api.access.HeldRecord;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A family from a request for support to early help, closure with outcomes per Supporting Families headline and the
 * sustained-outcome check six months later, on a real PostgreSQL; step-up through the outbox; family network
 * meetings; the subject access source. Every use case authorised and audited through governance's access contract.
 */
class EarlyHelpServiceTest {
    private static final String PARTNER = "stoke-council";
    private static final Caller PRACTITIONER = new Caller("eh.begum", PARTNER, Set.of(), null);
    private static final Caller STRANGER = new Caller("someone", "not-a-partner", Set.of(), null);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final String STEP_UP = "family-support.early-help-stepped-up-to-social-care";

    private static TestDatabase.Target db;
    private static AdminSql admin;
    private static ContextDatabase familySupportDb;
    private static RecordingChildRecordAccess access;
    private static RequestsForSupport requests;
    private static EarlyHelpEpisodes episodes;
    private static FamilyNetworkMeetings meetings;
    private static ChildRecordSource subjectAccess;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh("early help episodes");
        admin = new AdminSql(db);
        familySupportDb = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 2);
        access = RecordingChildRecordAccess.forPartners(Set.of(PARTNER)).withAuditAsAdministrator(db);
        var context = new FamilySupportContext(familySupportDb, access, CLOCK);
        requests = context.requestsForSupport();
        episodes = context.earlyHelpEpisodes();
        meetings = context.familyNetworkMeetings();
        subjectAccess = context.childRecordSource();
    }

    @AfterAll
    static void stop() {
        familySupportDb.close();
    }

    /** A request received and triaged to early help for {@code child}, on the given days. */
    static UUID triagedToEarlyHelp(RequestsForSupport requests, String child, LocalDate received) {
        var r = requests.receive(PRACTITIONER, new ReceiveRequestForSupport(child, received, "PARTNER",
                "Meir Primary School", "Attendance has fallen; the family is struggling since dad left.", "Mother",
                received));
        requests.triage(PRACTITIONER, new TriageRequestForSupport(r.requestId(), 0, received.plusDays(1), "EARLY_HELP",
                null));
        return r.requestId();
    }

    private static long count(String table) {
        return admin.count("select count(*) from family_support." + table);
    }

    @Test
    void a_family_from_request_to_early_help_to_closure_and_a_sustained_outcome_counts_as_successful() {
        String child = UUID.randomUUID().toString();
        UUID request = triagedToEarlyHelp(requests, child, LocalDate.of(2025, 6, 2));
        EarlyHelpEpisodeView opened = episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(request,
                LocalDate.of(2025, 6, 4), "A. Begum", "Meir Family Hub"));
        assertEquals(child, opened.childId());
        assertEquals(0, opened.version());
        assertThrows(Conflict.class, () -> episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(request,
                LocalDate.of(2025, 6, 4), "A. Begum", "Meir Family Hub")), "once per request");

        UUID id = opened.episodeId();
        var assessed = episodes.assess(PRACTITIONER, new RecordFamilyAssessment(id, 0, LocalDate.of(2025, 6, 20), List.of(
                new HeadlineNeed("GOOD_EDUCATION", "School attendance 82 % this year"),
                new HeadlineNeed("IMPROVED_FAMILY_RELATIONSHIPS", "Conflict between mother and eldest son"),
                new HeadlineNeed("FINANCIAL_STABILITY", "Rent arrears since the separation"))));
        assertEquals(3, assessed.needs().size());
        var planned = episodes.agreePlan(PRACTITIONER, new AgreeFamilyPlan(id, 1, LocalDate.of(2025, 7, 1), List.of(
                new PlanGoal("GOOD_EDUCATION", "Attendance above 95 % by Christmas"),
                new PlanGoal("IMPROVED_FAMILY_RELATIONSHIPS", "Family sessions at the hub, weekly"),
                new PlanGoal("FINANCIAL_STABILITY", "Debt advice and a repayment plan"),
                new PlanGoal("FINANCIAL_STABILITY", "Benefit check"))));
        assertEquals(4, planned.goals().size());
        episodes.addTeamMember(PRACTITIONER, new AddTeamMember(id, 2, "J. Evans", "Meir Primary School",
                "designated safeguarding lead", LocalDate.of(2025, 7, 1)));
        episodes.addTeamMember(PRACTITIONER, new AddTeamMember(id, 3, "K. Shah", "Citizens Advice", "debt adviser",
                LocalDate.of(2025, 7, 8)));
        var reviewed = episodes.review(PRACTITIONER, new RecordEpisodeReview(id, 4, LocalDate.of(2025, 9, 1),
                "Attendance 96 %; repayment plan agreed", LocalDate.of(2025, 11, 1)));
        assertEquals(2, reviewed.team().size());
        assertEquals(1, reviewed.reviews().size());

        var closed = episodes.close(PRACTITIONER, new CloseEarlyHelpEpisode(id, 5, LocalDate.of(2025, 11, 28),
                "OUTCOMES_ACHIEVED", List.of(new HeadlineOutcome("GOOD_EDUCATION", "ACHIEVED"),
                new HeadlineOutcome("IMPROVED_FAMILY_RELATIONSHIPS", "ACHIEVED"),
                new HeadlineOutcome("FINANCIAL_STABILITY", "ACHIEVED"))));
        assertEquals("OUTCOMES_ACHIEVED", closed.closureReason());
        assertNull(closed.successfulFamilyOutcome(), "not decided before the six-month check");

        // the check comes six months after closure, not sooner
        var early = assertThrows(InvalidInput.class, () -> episodes.checkSustainedOutcomes(PRACTITIONER,
                new RecordSustainedOutcomeCheck(id, 6, LocalDate.of(2026, 5, 27), sustainedAll(true))));
        assertEquals("checkedOn", early.violations().getFirst().field());
        var checked = episodes.checkSustainedOutcomes(PRACTITIONER, new RecordSustainedOutcomeCheck(id, 6,
                LocalDate.of(2026, 5, 28), sustainedAll(true)));
        assertEquals(Boolean.TRUE, checked.successfulFamilyOutcome());
        assertEquals(7, checked.version());
        assertEquals(checked, episodes.episode(PRACTITIONER, id), "read back as stored");
        assertEquals(Boolean.TRUE, admin.rows("select successful_outcome from family_support.early_help_episode "
                + "where episode_id = ?", id).getFirst().get("successful_outcome"));

        var actions = access.authorisations().stream()
                .filter(a -> a.children().stream().anyMatch(c -> c.toString().equals(child)))
                .map(a -> a.intent().action()).toList();
        assertEquals(List.of(RecordAction.CREATE, RecordAction.UPDATE, RecordAction.CREATE), actions.subList(0, 3),
                "the request received, triaged, then the episode opened");
        assertEquals(RecordAction.READ, actions.getLast());
        assertTrue(access.authorisations().stream().allMatch(a -> a.intent().context().equals(FamilySupportContext.NAME)));
    }

    private static List<SustainedOutcome> sustainedAll(boolean sustained) {
        return List.of(new SustainedOutcome("GOOD_EDUCATION", sustained),
                new SustainedOutcome("IMPROVED_FAMILY_RELATIONSHIPS", sustained),
                new SustainedOutcome("FINANCIAL_STABILITY", sustained));
    }

    @Test
    void fewer_than_three_headlines_or_an_outcome_not_sustained_is_not_a_successful_family_outcome() {
        UUID request = triagedToEarlyHelp(requests, UUID.randomUUID().toString(), LocalDate.of(2025, 6, 2));
        UUID id = episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(request, LocalDate.of(2025, 6, 4), "A. Begum",
                "Meir Family Hub")).episodeId();
        episodes.assess(PRACTITIONER, new RecordFamilyAssessment(id, 0, LocalDate.of(2025, 6, 20), List.of(
                new HeadlineNeed("SECURE_HOUSING", "Temporary accommodation"),
                new HeadlineNeed("GOOD_EARLY_YEARS_DEVELOPMENT", "Speech delay at 2"))));
        episodes.agreePlan(PRACTITIONER, new AgreeFamilyPlan(id, 1, LocalDate.of(2025, 7, 1), List.of(
                new PlanGoal("SECURE_HOUSING", "Settled tenancy"),
                new PlanGoal("GOOD_EARLY_YEARS_DEVELOPMENT", "Speech and language therapy"))));
        episodes.close(PRACTITIONER, new CloseEarlyHelpEpisode(id, 2, LocalDate.of(2025, 10, 1), "OUTCOMES_ACHIEVED",
                List.of(new HeadlineOutcome("SECURE_HOUSING", "ACHIEVED"),
                        new HeadlineOutcome("GOOD_EARLY_YEARS_DEVELOPMENT", "ACHIEVED"))));
        var checked = episodes.checkSustainedOutcomes(PRACTITIONER, new RecordSustainedOutcomeCheck(id, 3,
                LocalDate.of(2026, 4, 1), List.of(new SustainedOutcome("SECURE_HOUSING", true),
                new SustainedOutcome("GOOD_EARLY_YEARS_DEVELOPMENT", true))));
        assertEquals(Boolean.FALSE, checked.successfulFamilyOutcome(), "needs under two headlines only");
    }

    @Test
    void bad_input_names_each_field_and_rule_and_stores_nothing() {
        UUID request = triagedToEarlyHelp(requests, UUID.randomUUID().toString(), LocalDate.of(2025, 6, 2));
        long before = count("early_help_episode");
        var refused = assertThrows(InvalidInput.class, () -> episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(
                request, LocalDate.of(2025, 6, 1), " ", null)));
        assertEquals(List.of("openedOn", "leadPractitioner", "leadPractitionerOrganisation"),
                refused.violations().stream().map(v -> v.field()).toList());
        assertEquals(before, count("early_help_episode"));

        UUID id = episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(request, LocalDate.of(2025, 6, 4), "A. Begum",
                "Meir Family Hub")).episodeId();
        var badNeeds = assertThrows(InvalidInput.class, () -> episodes.assess(PRACTITIONER, new RecordFamilyAssessment(
                id, 0, LocalDate.of(2025, 6, 20), List.of(new HeadlineNeed("POVERTY", "x"),
                new HeadlineNeed("SECURE_HOUSING", "Eviction notice"), new HeadlineNeed("SECURE_HOUSING", "again")))));
        assertEquals(List.of("needs[0].headline", "needs[2].headline"),
                badNeeds.violations().stream().map(v -> v.field()).toList());
        assertTrue(badNeeds.violations().getFirst().reason().contains("Supporting Families"),
                badNeeds.violations().getFirst().reason());
        assertEquals(0, admin.count("select count(*) from family_support.early_help_headline where episode_id = ?", id));

        episodes.assess(PRACTITIONER, new RecordFamilyAssessment(id, 0, LocalDate.of(2025, 6, 20), List.of(
                new HeadlineNeed("SECURE_HOUSING", "Eviction notice"))));
        var badGoals = assertThrows(InvalidInput.class, () -> episodes.agreePlan(PRACTITIONER, new AgreeFamilyPlan(id, 1,
                LocalDate.of(2025, 7, 1), List.of(new PlanGoal("CRIME_PREVENTION", "Youth club")))));
        assertEquals("goals[0].headline", badGoals.violations().getFirst().field());
        assertThrows(Conflict.class, () -> episodes.review(PRACTITIONER, new RecordEpisodeReview(id, 1,
                LocalDate.of(2025, 7, 2), "too early", null)), "a review needs the plan");
        assertThrows(StaleVersion.class, () -> episodes.agreePlan(PRACTITIONER, new AgreeFamilyPlan(id, 0,
                LocalDate.of(2025, 7, 1), List.of(new PlanGoal("SECURE_HOUSING", "Tenancy")))));
        var noOutcome = assertThrows(InvalidInput.class, () -> episodes.close(PRACTITIONER, new CloseEarlyHelpEpisode(id, 1,
                LocalDate.of(2025, 8, 1), "FINISHED", List.of())));
        assertEquals(List.of("reason", "outcomes"), noOutcome.violations().stream().map(v -> v.field()).toList());
        assertThrows(AccessDenied.class, () -> episodes.episode(STRANGER, id));
    }

    @Test
    void a_request_not_triaged_to_early_help_opens_no_episode() {
        var r = requests.receive(PRACTITIONER, new ReceiveRequestForSupport(UUID.randomUUID().toString(),
                LocalDate.of(2025, 6, 2), "FAMILY", null, "Advice on sleep", "Father", LocalDate.of(2025, 6, 2)));
        requests.triage(PRACTITIONER, new TriageRequestForSupport(r.requestId(), 0, LocalDate.of(2025, 6, 3),
                "INFORMATION_AND_ADVICE", null));
        var refused = assertThrows(Conflict.class, () -> episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(
                r.requestId(), LocalDate.of(2025, 6, 4), "A. Begum", "Meir Family Hub")));
        assertTrue(refused.getMessage().contains("INFORMATION_AND_ADVICE"), refused.getMessage());
    }

    @Test
    void a_step_up_publishes_the_integration_event_once_through_the_outbox() {
        UUID request = triagedToEarlyHelp(requests, UUID.randomUUID().toString(), LocalDate.of(2026, 1, 5));
        UUID id = episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(request, LocalDate.of(2026, 1, 7), "A. Begum",
                "Meir Family Hub")).episodeId();
        long before = admin.count("select count(*) from platform.outbox where event_name = ?", STEP_UP);

        var bad = assertThrows(InvalidInput.class, () -> episodes.stepUp(PRACTITIONER, new StepUpToSocialCare(id, 0,
                LocalDate.of(2026, 6, 29), "EH0042", LocalDate.of(2016, 5, 4), "M", "", null)));
        assertEquals(List.of("sex", "reason"), bad.violations().stream().map(v -> v.field()).toList());
        assertTrue(bad.violations().getFirst().reason().contains("SSDA903"));
        assertEquals(before, admin.count("select count(*) from platform.outbox where event_name = ?", STEP_UP));

        var stepped = episodes.stepUp(PRACTITIONER, new StepUpToSocialCare(id, 0, LocalDate.of(2026, 6, 29), "EH0042",
                LocalDate.of(2016, 5, 4), "2", "Neglect concerns have grown despite the family plan",
                List.of(new FamilyMember("Sam Doe", "mother"))));
        assertEquals(LocalDate.of(2026, 6, 29), stepped.steppedUpOn());
        assertThrows(Conflict.class, () -> episodes.stepUp(PRACTITIONER, new StepUpToSocialCare(id, 1,
                LocalDate.of(2026, 6, 30), "EH0042", LocalDate.of(2016, 5, 4), "2", "again", null)));

        var published = admin.rows("select source_context, aggregate_id, payload::text as payload from platform.outbox "
                + "where event_name = ? and payload->>'earlyHelpEpisodeId' = ?", STEP_UP, id.toString());
        assertEquals(1, published.size(), "published once, with the change");
        assertEquals("family-support", published.getFirst().get("source_context"));
        assertEquals("EH0042", published.getFirst().get("aggregate_id"));
        String payload = (String) published.getFirst().get("payload");
        assertTrue(payload.contains("\"sex\": \"2\"") && payload.contains("Sam Doe") && payload.contains("2016-05-04"),
                payload);

        // closed as stepped up only once the step-up is recorded; the rule is named
        var closed = episodes.close(PRACTITIONER, new CloseEarlyHelpEpisode(id, 1, LocalDate.of(2026, 6, 30),
                "STEPPED_UP_TO_SOCIAL_CARE", List.of()));
        assertEquals("STEPPED_UP_TO_SOCIAL_CARE", closed.closureReason());
    }

    @Test
    void a_family_network_meeting_is_offered_and_held_with_who_attended_and_the_plan_made() {
        String child = UUID.randomUUID().toString();
        UUID request = triagedToEarlyHelp(requests, child, LocalDate.of(2026, 2, 2));
        UUID episode = episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(request, LocalDate.of(2026, 2, 4),
                "A. Begum", "Meir Family Hub")).episodeId();
        var offered = meetings.offer(PRACTITIONER, new OfferFamilyNetworkMeeting(episode, LocalDate.of(2026, 2, 10),
                "FAMILY_GROUP_CONFERENCE"));
        assertEquals(child, offered.childId());
        var bad = assertThrows(InvalidInput.class, () -> meetings.hold(PRACTITIONER, new HoldFamilyNetworkMeeting(
                offered.meetingId(), 0, LocalDate.of(2026, 2, 9), List.of(new Attendee("Gran", "")), " ")));
        assertEquals(List.of("heldOn", "attendees[0].relationship", "familyPlan"),
                bad.violations().stream().map(v -> v.field()).toList());
        var held = meetings.hold(PRACTITIONER, new HoldFamilyNetworkMeeting(offered.meetingId(), 0,
                LocalDate.of(2026, 3, 3), List.of(new Attendee("Sam Doe", "mother"), new Attendee("Pat Doe",
                "maternal grandmother"), new Attendee("A. Begum", "lead practitioner")),
                "Grandmother takes the children to school on weekdays; mother attends the parenting programme"));
        assertEquals(3, held.attendees().size());
        assertEquals(held, meetings.meeting(PRACTITIONER, offered.meetingId()));
        assertThrows(Conflict.class, () -> meetings.hold(PRACTITIONER, new HoldFamilyNetworkMeeting(
                offered.meetingId(), 1, LocalDate.of(2026, 3, 4), List.of(new Attendee("Sam Doe", "mother")), "x")));
        var page = meetings.forEpisode(PRACTITIONER, episode, 1, 10);
        assertEquals(1, page.total());
        assertEquals(held, page.meetings().getFirst());

        // the child's meetings in every episode, as a child's chronology reads them: one read of the child a page
        int before = access.authorisations().size();
        var childs = meetings.meetingsOfChild(PRACTITIONER, child, 1, 100);
        assertEquals(List.of(held), childs.meetings());
        assertEquals(1, childs.total());
        assertEquals(List.of(), meetings.meetingsOfChild(PRACTITIONER, child, 2, 1).meetings(), "past the last page");
        assertEquals(before + 2, access.authorisations().size(), "each page one read of the child's record");
        assertEquals("size", assertThrows(InvalidInput.class, () -> meetings.meetingsOfChild(PRACTITIONER, child, 1,
                101)).violations().getFirst().field());
        assertEquals(before + 2, access.authorisations().size(), "bad input refused before the record is authorised");
        assertThrows(AccessDenied.class, () -> meetings.meetingsOfChild(STRANGER, child, 1, 100));
        assertFalse(access.authorisations().getLast().permitted());

        // subject access: the child's rows of every family support table, the attendees one key away
        List<HeldRecord> held2 = subjectAccess.recordsOf(ChildId.parse(child));
        var types = held2.stream().map(HeldRecord::recordType).distinct().sorted().toList();
        assertEquals(List.of("early_help_episode", "family_network_attendee", "family_network_meeting",
                "request_for_support"), types);
        assertEquals(3, held2.stream().filter(r -> r.recordType().equals("family_network_attendee")).count());
        assertTrue(held2.stream().allMatch(r -> r.context().equals(FamilySupportContext.NAME)));
        assertFalse(held2.stream().anyMatch(r -> r.fields().containsValue("Citizens Advice")),
                "no other child's record");
    }

    @Test
    void episodes_are_listed_a_page_at_a_time_filtered_in_the_store() {
        String lead = "Lead " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            UUID request = triagedToEarlyHelp(requests, UUID.randomUUID().toString(), LocalDate.of(2026, 3, 2));
            episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(request, LocalDate.of(2026, 3, 3 + i), lead, "Hub"));
        }
        var first = episodes.episodes(PRACTITIONER, new EpisodeFilter("OPEN", lead), 1, 2);
        assertEquals(3, first.total());
        assertEquals(2, first.episodes().size());
        assertEquals(LocalDate.of(2026, 3, 5), first.episodes().getFirst().openedOn(), "newest opened first");
        var second = episodes.episodes(PRACTITIONER, new EpisodeFilter("OPEN", lead), 2, 2);
        assertEquals(1, second.episodes().size());
        assertEquals(0, episodes.episodes(PRACTITIONER, new EpisodeFilter("CLOSED", lead), 1, 10).total());
        var bad = assertThrows(InvalidInput.class, () -> episodes.episodes(PRACTITIONER, new EpisodeFilter("ALL", null),
                1, 10));
        assertEquals("status", bad.violations().getFirst().field());
    }

    @Test
    void a_list_shows_only_the_children_the_caller_is_involved_with_counted_and_paged_in_the_store() {
        String lead = "Lead " + UUID.randomUUID();
        List<String> children = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        for (String child : children) {
            UUID request = triagedToEarlyHelp(requests, child, LocalDate.of(2026, 4, 1));
            episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(request, LocalDate.of(2026, 4, 2), lead, "Hub"));
        }
        var involved = ListScope.only(List.of(ChildId.parse(children.get(0)), ChildId.parse(children.get(2))));
        var narrowed = RecordingChildRecordAccess.forPartners(Set.of(PARTNER)).listingOnly(caller -> involved);
        var context = new FamilySupportContext(familySupportDb, narrowed, CLOCK);

        var page = context.earlyHelpEpisodes().episodes(PRACTITIONER, new EpisodeFilter("OPEN", lead), 1, 1);
        assertEquals(2, page.total(), "the total counts only the children the caller may see");
        assertEquals(1, page.episodes().size());
        assertTrue(Set.of(children.get(0), children.get(2)).contains(page.episodes().getFirst().childId()));
        var listed = narrowed.authorisations().getLast();
        assertEquals(RecordAction.LIST, listed.intent().action());
        assertEquals(List.of(ChildId.parse(page.episodes().getFirst().childId())), listed.children(),
                "the children on the page are audited, no others");

        var refused = RecordingChildRecordAccess.refusingEveryone();
        var closed = new FamilySupportContext(familySupportDb, refused, CLOCK).earlyHelpEpisodes();
        assertThrows(AccessDenied.class, () -> closed.episodes(STRANGER, new EpisodeFilter("OPEN", lead), 1, 10));
    }

    @Test
    void a_caller_refused_an_existing_record_is_refused_alike_for_an_id_that_names_none() {
        UUID request = triagedToEarlyHelp(requests, UUID.randomUUID().toString(), LocalDate.of(2026, 4, 6));
        UUID existing = episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(request, LocalDate.of(2026, 4, 7),
                "A. Begum", "Hub")).episodeId();
        UUID missing = UUID.randomUUID();
        assertThrows(AccessDenied.class, () -> episodes.episode(STRANGER, existing));
        assertThrows(AccessDenied.class, () -> episodes.episode(STRANGER, missing), "403, not 404");
        assertThrows(AccessDenied.class, () -> requests.request(STRANGER, UUID.randomUUID()));
        assertThrows(AccessDenied.class, () -> meetings.meeting(STRANGER, UUID.randomUUID()));
        assertThrows(AccessDenied.class, () -> episodes.open(STRANGER, new OpenEarlyHelpEpisode(UUID.randomUUID(),
                LocalDate.of(2026, 4, 7), "A. Begum", "Hub")));
        // a partner who could see such a record learns that it is not there
        assertThrows(NotFound.class, () -> episodes.episode(PRACTITIONER, missing));
        var decided = access.authorisations().getLast();
        assertTrue(decided.children().isEmpty(), "the decision about a missing record names no child");
    }

    @Test
    void a_childs_episodes_are_read_a_page_at_a_time_earliest_opened_first_each_read_authorised_once() {
        String child = UUID.randomUUID().toString();
        EarlyHelpEpisodeView earlier = episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(
                triagedToEarlyHelp(requests, child, LocalDate.of(2025, 1, 6)), LocalDate.of(2025, 1, 8), "A. Begum",
                "Meir Family Hub"));
        EarlyHelpEpisodeView later = episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(
                triagedToEarlyHelp(requests, child, LocalDate.of(2025, 11, 3)), LocalDate.of(2025, 11, 5), "A. Begum",
                "Meir Family Hub"));
        episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(triagedToEarlyHelp(requests,
                UUID.randomUUID().toString(), LocalDate.of(2024, 1, 8)), LocalDate.of(2024, 1, 9), "A. Begum", "Meir"));
        int before = access.authorisations().size();

        var all = episodes.episodesOfChild(PRACTITIONER, child, 1, 100);
        assertEquals(List.of(earlier.episodeId(), later.episodeId()),
                all.episodes().stream().map(EarlyHelpEpisodeView::episodeId).toList(), "earliest opened first");
        assertEquals(2, all.total());
        var second = episodes.episodesOfChild(PRACTITIONER, child, 2, 1);
        assertEquals(List.of(later), second.episodes());
        assertEquals(2, second.total());
        var reads = access.authorisations().subList(before, access.authorisations().size());
        assertEquals(2, reads.size(), "each page is one read of the child's record: " + reads);
        assertTrue(reads.stream().allMatch(a -> a.permitted() && a.intent().action() == RecordAction.READ
                && a.children().equals(List.of(ChildId.parse(child)))));

        InvalidInput tooMany = assertThrows(InvalidInput.class, () -> episodes.episodesOfChild(PRACTITIONER, child, 1, 101));
        assertEquals("size", tooMany.violations().getFirst().field());
        assertEquals(before + 2, access.authorisations().size(), "bad input is refused before anything is read");
        assertThrows(AccessDenied.class, () -> episodes.episodesOfChild(STRANGER, child, 1, 100));
        assertFalse(access.authorisations().getLast().permitted(), "the refusal went through the access port");
        assertEquals(1, admin.count("select count(*) from governance.child_record_access where child_id = ?::uuid"
                + " and decision = 'DENIED'", child), "and was audited");
    }
}
