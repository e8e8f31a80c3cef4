package org.cypf.web.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.NotFound;
import org.cypf.web.model.Chronology;

/**
 * A child's chronology: every context's records of the child the user may see, merged by date. Every read is a
 * use case of a context's api called as the signed-in user, so each is authorised by the context's access port and
 * audited there, exactly as the same read through the HTTP api (ADR 0095, ADR 0114).
 */
public final class ChronologyReading {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** How many entries a page of a child's chronology shows. */
    public static final int CHRONOLOGY_PAGE = 50;
    /** How many of a child's records each context's reading brings for the chronology (their apis' largest page). */
    static final int CHILD_RECORDS = 100;

    private final ContextApis apis;

    public ChronologyReading(ContextApis apis) {
        this.apis = apis;
    }
    /**
     * One page of what the user may see of one child, oldest first: social care's contacts, referrals and assessments,
     * periods of care and their reviews, missing episodes, child protection plans and their reviews and family network
     * meetings; early help episodes; the virtual school's record and PEPs; and health's assessments of a child in care,
     * mandated health visiting reviews and mental health referrals (ADR 0114). Each context
     * is read through its per-child reading, a page of {@value #CHILD_RECORDS} records at a time in the reading's
     * date order (the child's record authorised and audited there as one read), and the pages are merged by date:
     * a context is read further only while the chronology's page could still hold one of its records not yet read,
     * so no record is dropped and a page costs what it shows (ADR 0095). A context that refuses is named in
     * {@code notShown}.
     */
    public Chronology chronology(Caller caller, String childId, int page) {
        String socialCare = "Social care";
        String education = "Education and skills";
        String health = "Health and wellbeing";
        String familySupport = "Family support";
        List<ChildRecords> contexts = List.of(
                new ChildRecords("Social care: contacts", n -> {
                    var contacts = apis.frontDoor().contactsOfChild(caller, childId, new Slice(n, CHILD_RECORDS));
                    return new Batch(contacts.items().stream().map(c -> {
                        List<Dated> entries = new ArrayList<>();
                        entries.add(new Dated(c.receivedOn(), socialCare, "Contact received"));
                        if (c.decidedOn() != null) {
                            entries.add(new Dated(c.decidedOn(), socialCare, "Contact decided: "
                                    + c.decision().toLowerCase(Locale.ROOT).replace('_', ' ')));
                        } else {
                            entries.add(new Dated(c.decisionDueOn(), socialCare, "Decision on the contact due"));
                        }
                        return new Held(c.receivedOn(), entries);
                    }).toList(), contacts.total());
                }),
                new ChildRecords("Social care: referrals and assessments", n -> {
                    var referrals = apis.referralsAndAssessments().referralsOfChild(caller, childId,
                            new Slice(n, CHILD_RECORDS));
                    return new Batch(referrals.items().stream().map(r -> {
                        List<Dated> entries = new ArrayList<>();
                        entries.add(new Dated(r.referralDate(), socialCare, r.reReferral() ? "Re-referral received"
                                : "Referral received"));
                        r.assessments().forEach(a -> {
                            entries.add(new Dated(a.startDate(), socialCare, "Child and family assessment started"));
                            if (a.authorisedDate() != null) {
                                boolean inTime = Boolean.TRUE.equals(a.authorisedWithinTimescale());
                                entries.add(new Dated(a.authorisedDate(), socialCare, "Child and family assessment "
                                        + (inTime ? "authorised within 45 working days"
                                        : "authorised, after 45 working days")));
                            } else {
                                entries.add(new Dated(a.dueDate(), socialCare, "Child and family assessment due"));
                            }
                        });
                        if (r.closureDate() != null) {
                            entries.add(new Dated(r.closureDate(), socialCare, "Referral closed (" + r.closureReason()
                                    + ")"));
                        }
                        return new Held(r.referralDate(), entries);
                    }).toList(), referrals.total());
                }),
                new ChildRecords("Social care: children looked after", n -> {
                    var periods = apis.childrenLookedAfter().periodsOfChild(caller, childId, new Slice(n, CHILD_RECORDS));
                    return new Batch(periods.items().stream().map(p -> {
                        List<Dated> entries = new ArrayList<>();
                        entries.add(new Dated(p.startDate(), socialCare, "Started to be looked after ("
                                + p.episodes().getFirst().legalStatus() + ", placement "
                                + p.episodes().getFirst().placementType() + ")"));
                        if (p.endDate() != null) {
                            entries.add(new Dated(p.endDate(), socialCare, "Stopped being looked after ("
                                    + p.reasonCeased() + ")"));
                        }
                        var reviews = apis.childrenLookedAfter().reviews(caller, p.periodId());
                        reviews.reviews().forEach(r -> entries.add(new Dated(r.date(), socialCare,
                                "Looked-after review " + r.number())));
                        if (reviews.nextDueBy() != null) {
                            entries.add(new Dated(reviews.nextDueBy(), socialCare, "Next looked-after review due"));
                        }
                        return new Held(p.startDate(), entries);
                    }).toList(), periods.total());
                }),
                new ChildRecords("Social care: missing from care", n -> {
                    var missing = knownOrNone(() -> apis.missingFromCare().missingEpisodes(caller, childId,
                            new Slice(n, CHILD_RECORDS)));
                    return new Batch(missing.items().stream().map(m -> {
                        List<Dated> entries = new ArrayList<>();
                        boolean away = "A".equals(m.kind());
                        entries.add(new Dated(m.startDate(), socialCare, away ? "Away from placement without authorisation"
                                : "Went missing from placement"));
                        if (m.endDate() != null) {
                            entries.add(new Dated(m.endDate(), socialCare, away ? "Back from being away" : "Returned"));
                        }
                        return new Held(m.startDate(), entries);
                    }).toList(), missing.total());
                }),
                new ChildRecords("Social care: child protection", n -> {
                    var plans = apis.childProtection().plansOfChild(caller, childId, new Slice(n, CHILD_RECORDS));
                    return new Batch(plans.items().stream().map(p -> {
                        List<Dated> entries = new ArrayList<>();
                        entries.add(new Dated(p.startDate(), socialCare, "Child protection plan started ("
                                + p.initialCategory() + ")"));
                        p.reviews().forEach(r -> entries.add(new Dated(r.reviewDate(), socialCare,
                                "Child protection review")));
                        if (p.nextReviewDue() != null) {
                            entries.add(new Dated(p.nextReviewDue(), socialCare, "Next child protection review due"));
                        }
                        if (p.endDate() != null) {
                            entries.add(new Dated(p.endDate(), socialCare, "Child protection plan ended"));
                        }
                        return new Held(p.startDate(), entries);
                    }).toList(), plans.total());
                }),
                new ChildRecords("Social care: family network meetings", n -> {
                    var meetings = knownOrNone(() -> apis.familyNetworkMeetings().meetings(caller, childId,
                            new Slice(n, CHILD_RECORDS)));
                    return new Batch(meetings.items().stream().map(m -> new Held(m.heldOn(), List.of(new Dated(
                            m.heldOn(), socialCare, capitalised(words(m.type())) + " held (" + words(m.outcome()) + ")"))))
                            .toList(), meetings.total());
                }),
                new ChildRecords("Family support: early help", n -> {
                    var episodes = apis.earlyHelpEpisodes().episodesOfChild(caller, childId, n, CHILD_RECORDS);
                    return new Batch(episodes.episodes().stream().map(e -> {
                        List<Dated> entries = new ArrayList<>();
                        entries.add(new Dated(e.openedOn(), familySupport, "Early help episode opened"));
                        if (e.assessedOn() != null) {
                            entries.add(new Dated(e.assessedOn(), familySupport, "Whole-family assessment completed ("
                                    + e.needs().size() + (e.needs().size() == 1 ? " headline" : " headlines")
                                    + " with a need)"));
                        }
                        if (e.planAgreedOn() != null) {
                            entries.add(new Dated(e.planAgreedOn(), familySupport, "Family plan agreed"));
                        }
                        e.reviews().forEach(r -> entries.add(new Dated(r.heldOn(), familySupport,
                                "Family plan reviewed")));
                        if (e.steppedUpOn() != null) {
                            entries.add(new Dated(e.steppedUpOn(), familySupport,
                                    "Stepped up to children's social care"));
                        }
                        if (e.closedOn() != null) {
                            long achieved = e.outcomes().stream().filter(o -> "ACHIEVED".equals(o.outcome())).count();
                            entries.add(new Dated(e.closedOn(), familySupport, "Early help episode closed ("
                                    + words(e.closureReason()) + "): " + achieved + " of " + e.outcomes().size()
                                    + " assessed needs achieved"));
                        }
                        if (e.sustainedCheckedOn() != null) {
                            entries.add(new Dated(e.sustainedCheckedOn(), familySupport, "Sustained outcomes checked"
                                    + (Boolean.TRUE.equals(e.successfulFamilyOutcome())
                                    ? ": a successful family outcome" : "")));
                        }
                        return new Held(e.openedOn(), entries);
                    }).toList(), episodes.total());
                }),
                new ChildRecords("Family support: family network meetings", n -> {
                    var meetings = apis.familySupportNetworkMeetings().meetingsOfChild(caller, childId, n,
                            CHILD_RECORDS);
                    return new Batch(meetings.meetings().stream().map(m -> {
                        String meeting = capitalised(words(m.meetingType()));
                        List<Dated> entries = new ArrayList<>();
                        entries.add(new Dated(m.offeredOn(), familySupport, meeting + " offered"));
                        if (m.declinedOn() != null) {
                            entries.add(new Dated(m.declinedOn(), familySupport, meeting + " declined by the family"));
                        }
                        if (m.heldOn() != null) {
                            entries.add(new Dated(m.heldOn(), familySupport, meeting + " held"));
                        }
                        return new Held(m.offeredOn(), entries);
                    }).toList(), meetings.total());
                }),
                new ChildRecords("Education and skills: virtual school", n -> {
                    var times = apis.virtualSchool().timesInCareOf(caller, childId, n, CHILD_RECORDS);
                    return new Batch(times.children().stream().map(c -> {
                        List<Dated> entries = new ArrayList<>();
                        entries.add(new Dated(c.enteredCareOn(), education, "Joined the virtual school's roll"));
                        if (c.leftCareOn() != null) {
                            entries.add(new Dated(c.leftCareOn(), education, "Left the virtual school's roll"));
                        } else if (c.pepDueBy() != null) {
                            entries.add(new Dated(c.pepDueBy(), education, "Personal Education Plan due"));
                        }
                        return new Held(c.enteredCareOn(), entries);
                    }).toList(), times.total());
                }),
                new ChildRecords("Education and skills: Personal Education Plans", n -> {
                    var peps = apis.virtualSchool().pepsOf(caller, childId, n, CHILD_RECORDS);
                    return new Batch(peps.peps().stream().map(p -> new Held(p.heldOn(), List.of(new Dated(p.heldOn(),
                            education, "Personal Education Plan held" + (p.onTime() ? " on time"
                                    : ", late (due by " + DAY.format(p.dueBy()) + ")"))))).toList(), peps.total());
                }),
                // Health's reading is one record per period of care, read whole: one page holds it all.
                new ChildRecords("Health and wellbeing: children in care", n -> {
                    var records = apis.childrenInCareHealth().childRecords(caller, childId);
                    return new Batch(records.stream().map(r -> {
                        List<Dated> entries = new ArrayList<>();
                        entries.add(new Dated(r.ihaDueBy(), health, "Initial health assessment due"));
                        if (r.initialAssessmentOn() != null) {
                            entries.add(new Dated(r.initialAssessmentOn(), health, "Initial health assessment done"));
                        }
                        r.checks().forEach(c -> entries.add(new Dated(c.checkedOn(), health,
                                "Check: " + c.kind().toLowerCase(Locale.ROOT).replace('_', ' '))));
                        return new Held(null, entries);
                    }).toList(), records.size());
                }),
                // A child has five mandated reviews at most: one page holds them all, so they are read whole.
                new ChildRecords("Health and wellbeing: healthy child programme", n -> {
                    var reviews = apis.healthyChildProgramme().reviewsOfChild(caller, childId, n, CHILD_RECORDS);
                    return new Batch(reviews.reviews().stream().map(r -> new Held(null, List.of(r.outcome() == null
                            ? new Dated(r.closesOn(), health, mandatedReview(r.review()) + " due")
                            : new Dated(r.outcomeOn(), health, mandatedReview(r.review()) + " "
                                    + words(r.outcome()))))).toList(), reviews.total());
                }),
                new ChildRecords("Health and wellbeing: mental health referrals", n -> {
                    var referrals = apis.mentalHealthReferrals().referralsOfChild(caller, childId, n, CHILD_RECORDS);
                    return new Batch(referrals.referrals().stream().map(r -> {
                        List<Dated> entries = new ArrayList<>();
                        entries.add(new Dated(r.receivedOn(), health, "Referred to mental health services"));
                        if (r.firstContactOn() != null) {
                            entries.add(new Dated(r.firstContactOn(), health, "Mental health services' first contact ("
                                    + r.waitDays() + (r.waitDays() == 1 ? " day" : " days") + " after the referral)"));
                        }
                        return new Held(r.receivedOn(), entries);
                    }).toList(), referrals.total());
                }));
        List<String> notShown = new ArrayList<>();
        List<Dated> entries = new ArrayList<>();
        contexts.forEach(c -> c.readNext(entries, notShown));
        // One entry beyond the page says whether a next page exists.
        long wanted = (long) page * CHRONOLOGY_PAGE + 1;
        while (true) {
            Optional<ChildRecords> furthestBehind = contexts.stream().filter(ChildRecords::more)
                    .min(Comparator.comparing(ChildRecords::unreadFrom));
            if (furthestBehind.isEmpty()) {
                break;
            }
            LocalDate unreadFrom = furthestBehind.get().unreadFrom();
            if (entries.stream().filter(e -> e.date().isBefore(unreadFrom)).count() >= wanted) {
                break;
            }
            furthestBehind.get().readNext(entries, notShown);
        }
        // Every entry dated before the earliest record not yet read is in its place; later ones may not be yet.
        Optional<LocalDate> unreadFrom = contexts.stream().filter(ChildRecords::more).map(ChildRecords::unreadFrom)
                .min(Comparator.naturalOrder());
        List<Dated> placed = entries.stream().filter(e -> unreadFrom.isEmpty() || e.date().isBefore(unreadFrom.get()))
                .sorted(Comparator.comparing(Dated::date).thenComparingLong(Dated::order)).toList();
        int from = (int) Math.min(placed.size(), (long) (page - 1) * CHRONOLOGY_PAGE);
        int to = Math.min(placed.size(), from + CHRONOLOGY_PAGE);
        return new Chronology(childId, placed.subList(from, to).stream()
                .map(e -> new Chronology.Entry(DAY.format(e.date()), e.context(), e.what())).toList(), notShown,
                page, CHRONOLOGY_PAGE, placed.size(), unreadFrom.isEmpty());
    }

    /** A mandated health visiting review as the healthy child programme names it. */
    private static String mandatedReview(String review) {
        return switch (review) {
            case "ANTENATAL" -> "Antenatal health visiting contact";
            case "NEW_BIRTH" -> "New birth visit";
            case "SIX_TO_EIGHT_WEEKS" -> "6 to 8 week review";
            case "ONE_YEAR" -> "9 to 12 month review";
            case "TWO_AND_A_HALF_YEARS" -> "2 to 2½ year review";
            default -> words(review);
        };
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A code as words: {@code FAMILY_WITHDREW_CONSENT} as "family withdrew consent". */
    private static String words(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * A reading that answers {@link NotFound} for a child the context does not know (once the access port let the
     * user learn it) holds nothing of the child: the chronology shows none of its records.
     */
    private static <T> Page<T> knownOrNone(Supplier<Page<T>> reading) {
        try {
            return reading.get();
        } catch (NotFound unknown) {
            return Page.empty(0);
        }
    }

    /** One entry of a chronology; {@code order} keeps entries of one date in the order they were read. */
    private record Dated(LocalDate date, String context, String what, long order) {
        Dated(LocalDate date, String context, String what) {
            this(date, context, what, 0);
        }
    }

    /**
     * One of the child's records in a context and the chronology's entries it makes, each on or after {@code from},
     * the date the context's reading is ordered by (null for a reading read whole).
     */
    private record Held(LocalDate from, List<Dated> entries) {}

    /** A page of a context's reading of the child's records, oldest first, and how many it holds in all. */
    private record Batch(List<Held> records, long total) {}

    /** One context's records of the child, read a page at a time as the merge needs them. */
    private static final class ChildRecords {
        private final String name;
        private final IntFunction<Batch> reading;
        private int pagesRead;
        private long recordsRead;
        private long total;
        private LocalDate lastFrom;
        private boolean refused;

        ChildRecords(String name, IntFunction<Batch> reading) {
            this.name = name;
            this.reading = reading;
        }

        /** Whether records not yet read remain (none once the context refused the user). */
        boolean more() {
            return !refused && pagesRead > 0 && recordsRead < total && lastFrom != null;
        }

        /** The date on or after which every entry of the records not yet read falls. */
        LocalDate unreadFrom() {
            return lastFrom;
        }

        void readNext(List<Dated> entries, List<String> notShown) {
            if (refused || (pagesRead > 0 && !more())) {
                return;
            }
            Batch batch;
            try {
                batch = reading.apply(pagesRead + 1);
            } catch (AccessDenied refusal) {
                refused = true;
                notShown.add(name);
                return;
            }
            pagesRead++;
            total = batch.total();
            recordsRead += batch.records().size();
            if (batch.records().isEmpty()) {
                total = recordsRead; // the records went while we read: nothing more to read
            }
            for (Held held : batch.records()) {
                lastFrom = held.from();
                for (Dated e : held.entries()) {
                    entries.add(new Dated(e.date(), e.context(), e.what(), entries.size()));
                }
            }
        }
    }
}
