package org.cypf.socialcare.frontdoor.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contact aggregate: what a contact must say, the one-working-day timescale and the decision's rules. */
class ContactTest {
    private static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");
    private static final CinCensusCodes CODES = CinCensusCodes.standard();
    private static final ChildId CHILD = ChildId.newId();

    /** A time in England. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Contact.ENGLAND).toInstant();
    }

    static Contact received(Instant at) {
        return Contact.record(UUID.randomUUID(), CHILD, new Contact.Received(at, "2A", "Mrs Patel", "St Mary's Primary",
                "He said his dad hit him last night", List.of(new FamilyMember(" Dad ", " "))), NOW, CODES).after();
    }

    private static List<String> refusedFields(Runnable action) {
        var e = assertThrows(InvalidInput.class, action::run);
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    @Nested
    class Record {
        @Test
        void keeps_what_the_contact_said_tidied() {
            Contact c = received(at("2025-06-30T09:15"));
            assertEquals(of(2025, 6, 30), c.receivedOn());
            assertEquals("2A", c.source());
            assertEquals(List.of(new FamilyMember("Dad", null)), c.familyMembers());
            assertFalse(c.isDecided());
            assertEquals(0, c.version());
        }

        @Test
        void refuses_every_missing_or_bad_field_at_once() {
            var received = new Contact.Received(NOW.plusSeconds(60), "3G", null, "x".repeat(201), " ",
                    List.of(new FamilyMember(" ", "mum")));
            assertEquals(List.of("receivedAt", "source", "worry", "referrerOrganisation", "familyMembers[0].name"),
                    refusedFields(() -> Contact.record(UUID.randomUUID(), CHILD, received, NOW, CODES)));
        }

        @Test
        void the_source_is_a_cin_census_referral_source() {
            for (String code : List.of("1A", "1D", "2B", "3F", "4", "5D", "6", "7", "8", "9", "10")) {
                var r = new Contact.Received(NOW, code, null, null, "worry", List.of());
                assertEquals(code, Contact.record(UUID.randomUUID(), CHILD, r, NOW, CODES).after().source());
            }
            var unknown = new Contact.Received(NOW, "11", null, null, "worry", List.of());
            var e = assertThrows(InvalidInput.class, () -> Contact.record(UUID.randomUUID(), CHILD, unknown, NOW, CODES));
            assertEquals("is not a CIN census referral source code", e.violations().getFirst().reason());
        }
    }

    @Nested
    class DecisionDue {
        @ParameterizedTest(name = "received {0} ({2}) -> due {1}")
        @CsvSource({
                "2025-06-30T09:15, 2025-07-01, Monday: due Tuesday",
                "2025-06-23T23:59, 2025-06-24, late on a Monday: still Monday's contact",
                "2025-06-27T16:45, 2025-06-30, Friday: due Monday",
                "2025-06-28T10:00, 2025-06-30, Saturday: due Monday",
                "2025-04-17T11:00, 2025-04-22, Thursday before Easter: Good Friday and Easter Monday skipped",
                "2024-12-24T10:00, 2024-12-27, Christmas Eve: Christmas and Boxing Day skipped",
                "2025-05-02T10:00, 2025-05-06, Friday before the early May bank holiday",
        })
        void one_working_day_after_the_day_of_receipt_in_england(String received, LocalDate due, String why) {
            assertEquals(due, received(at(received)).decisionDueOn(), why);
        }

        @Test
        void the_day_is_englands_not_utcs() {
            // 23:30 UTC on 29 June is 00:30 on Monday 30 June in England (BST)
            Contact c = received(Instant.parse("2025-06-29T23:30:00Z"));
            assertEquals(of(2025, 6, 30), c.receivedOn());
            assertEquals(of(2025, 7, 1), c.decisionDueOn());
        }
    }

    @Nested
    class Decide {
        @Test
        void a_decision_on_the_due_day_is_within_the_timescale() {
            Contact c = received(at("2025-06-27T16:45")).decide("INFORMATION_AND_ADVICE", at("2025-06-30T12:59"),
                    "sw.smith", " advice given to school ", NOW, null).after();
            assertEquals(ContactDecision.INFORMATION_AND_ADVICE, c.decision());
            assertEquals(Optional.of(of(2025, 6, 30)), c.decidedOn());
            assertEquals(Optional.of(true), c.decidedWithinTimescale());
            assertEquals("sw.smith", c.decidedBy());
            assertEquals("advice given to school", c.decisionNote());
        }

        @Test
        void a_late_decision_is_recorded_and_shows_as_late() {
            Contact c = received(at("2025-06-25T10:00")).decide("NO_FURTHER_ACTION", at("2025-06-27T10:00"), "sw", null, NOW,
                    null).after();
            assertEquals(of(2025, 6, 26), c.decisionDueOn());
            assertEquals(Optional.of(false), c.decidedWithinTimescale());
        }

        @Test
        void a_decision_before_the_contact_was_received_is_refused() {
            Contact c = received(at("2025-06-30T09:15"));
            assertEquals(List.of("decidedAt"), refusedFields(() -> c.decide("NO_FURTHER_ACTION", at("2025-06-30T09:14"), "sw", null, NOW, null)));
        }

        @Test
        void a_decision_in_the_future_or_unknown_is_refused() {
            Contact c = received(at("2025-06-30T09:15"));
            assertEquals(List.of("decision", "decidedAt"),
                    refusedFields(() -> c.decide("ASSESS", NOW.plusSeconds(1), "sw", null, NOW, null)));
            assertEquals(List.of("decision", "decidedAt"), refusedFields(() -> c.decide(null, null, "sw", null, NOW, null)));
        }

        @Test
        void a_contact_is_decided_once() {
            Contact c = received(at("2025-06-30T09:15")).decide("NO_FURTHER_ACTION", NOW, "sw", null, NOW, null).after();
            assertThrows(Conflict.class, () -> c.decide("STEP_DOWN_TO_EARLY_HELP", NOW, "sw", null, NOW, null));
        }

        @Test
        void only_a_referral_or_a_strategy_discussion_opens_a_referral() {
            assertTrue(ContactDecision.REFERRAL_FOR_ASSESSMENT.opensReferral());
            assertTrue(ContactDecision.STRATEGY_DISCUSSION.opensReferral());
            assertFalse(ContactDecision.STEP_DOWN_TO_EARLY_HELP.opensReferral());
            UUID referral = UUID.randomUUID();
            assertNull(received(NOW).decide("STEP_DOWN_TO_EARLY_HELP", NOW, "sw", null, NOW, referral).after().referralId());
            assertEquals(referral, received(NOW).decide("STRATEGY_DISCUSSION", NOW, "sw", null, NOW, referral).after()
                    .referralId());
        }

        @Test
        void a_decision_moves_the_contact_to_its_next_version_and_says_what_happened() {
            Contact c = received(NOW);
            Changed<Contact> stepped = c.decide("STEP_DOWN_TO_EARLY_HELP", NOW, "sw", null, NOW, null);
            assertEquals(c.version() + 1, stepped.after().version());
            assertEquals(List.of(new Contact.SteppedDownToEarlyHelp(stepped.after())), stepped.events());
            Changed<Contact> referred = c.decide("REFERRAL_FOR_ASSESSMENT", NOW, "sw", null, NOW, UUID.randomUUID());
            assertEquals(1, referred.after().version());
            assertEquals(List.of(), referred.events(), "a referral is opened by the service, not published");
        }
    }

    @Nested
    class Breaches {
        // Received Wednesday 25 June, due Thursday 26 June.
        private final Contact undecided = received(at("2025-06-25T10:00"));

        @Test
        void undecided_is_due_today_on_the_due_day_then_past_due() {
            assertEquals(Optional.empty(), undecided.breachAt(of(2025, 6, 25)));
            assertEquals(Optional.of(BreachStatus.UNDECIDED_DUE_TODAY), undecided.breachAt(of(2025, 6, 26)));
            assertEquals(Optional.of(BreachStatus.UNDECIDED_PAST_DUE), undecided.breachAt(of(2025, 6, 27)));
            assertEquals(Optional.empty(), undecided.breachAt(of(2025, 6, 24)), "not yet received");
        }

        @Test
        void decided_late_counts_from_the_day_decided_and_is_past_due_before() {
            Contact late = undecided.decide("NO_FURTHER_ACTION", at("2025-06-30T09:00"), "sw", null, NOW, null).after();
            assertEquals(Optional.of(BreachStatus.UNDECIDED_PAST_DUE), late.breachAt(of(2025, 6, 27)),
                    "at the end of the 27th it was still undecided");
            assertEquals(Optional.of(BreachStatus.DECIDED_LATE), late.breachAt(of(2025, 6, 30)));
        }

        @Test
        void decided_in_time_never_breaches() {
            Contact inTime = undecided.decide("NO_FURTHER_ACTION", at("2025-06-26T17:30"), "sw", null, NOW, null).after();
            assertEquals(Optional.empty(), inTime.breachAt(of(2025, 6, 26)));
            assertEquals(Optional.empty(), inTime.breachAt(of(2025, 6, 30)));
            assertTrue(inTime.timelinessKnownAt(of(2025, 6, 26)));
            assertTrue(inTime.decidedInTimeAt(of(2025, 6, 26)));
        }

        @Test
        void timeliness_is_known_once_decided_or_due() {
            assertFalse(undecided.timelinessKnownAt(of(2025, 6, 25)));
            assertTrue(undecided.timelinessKnownAt(of(2025, 6, 26)));
            assertFalse(undecided.decidedInTimeAt(of(2025, 6, 26)));
            assertNull(undecided.decidedWithinTimescale().orElse(null));
        }
    }
}
