package org.cypf.web.read;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.Involvement;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.web.model.Chronology;
import org.cypf.web.model.WorkQueue;

/**
 * The practitioners' work queues, one per statutory clock the contexts' apis hold, and a child's chronology. Every
 * read is a use case of a context's api called as the signed-in user, so each is authorised by the context's access
 * port and audited there, one row per child, exactly as the same read through the HTTP api. A queue the user's role
 * may not read says so instead of its rows.
 */
public final class WorkQueueReading {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final String UNALLOCATED = "Not allocated to a team";
    static final String TEAM_NOT_SHOWN = "Team not shown to your role";
    /** How many rows a queue shows: the first page, soonest due first; the queue says how many more it holds. */
    static final int QUEUE_PAGE = 200;

    private final ContextApis apis;
    private final Clock clock;

    public WorkQueueReading(ContextApis apis, Clock clock) {
        this.apis = apis;
        this.clock = clock;
    }

    public List<WorkQueue> queues(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> teams = new HashMap<>();
        List<WorkQueue> queues = new ArrayList<>();
        queues.add(queue(caller, teams, today, "contacts", "Contacts awaiting a decision", "social care",
                "A decision within 1 working day of receipt", () -> apis.frontDoor().breaches(caller, today).stream()
                        .filter(b -> b.status().startsWith("UNDECIDED"))
                        .map(b -> item(b.childId(), b.localChildId(), "Contact received "
                                + DAY.format(b.receivedAt().atZone(clock.getZone()).toLocalDate()), b.decisionDueOn(), today))
                        .toList()));
        queues.add(paged(caller, teams, today, "assessments", "Child and family assessments", "social care",
                "Authorised within 45 working days of the referral",
                () -> apis.assessmentsDue().assessmentsDue(caller, new Slice(1, QUEUE_PAGE)).map(a -> item(a.childId(),
                        a.localChildId(), (a.completedDate() == null ? "Assessment started " + DAY.format(a.startDate())
                                : "Completed " + DAY.format(a.completedDate()) + ", awaiting authorisation"),
                        a.dueDate(), today))));
        queues.add(paged(caller, teams, today, "icpcs", "Initial child protection conferences", "social care",
                "Within 15 working days of the last strategy discussion",
                () -> apis.conferencesDue().conferencesDue(caller, new Slice(1, QUEUE_PAGE)).map(c -> item(c.childId(),
                        c.localChildId(), c.section47StartDate() == null ? "Strategy discussion held"
                                : "Section 47 enquiry from " + DAY.format(c.section47StartDate()),
                        c.conferenceDueDate(), today))));
        queues.add(paged(caller, teams, today, "cp-reviews", "Child protection reviews", "social care",
                "First review within 3 months of the conference, then at most every 6 months", () -> {
                    var plans = apis.childProtection().plansOpenOn(caller, today, new Slice(1, QUEUE_PAGE));
                    return new Page<>(plans.items().stream().filter(p -> p.nextReviewDue() != null)
                            .map(p -> item(p.childId(), p.localChildId(), "Plan from " + DAY.format(p.startDate())
                                    + " (" + p.latestCategory() + ")", p.nextReviewDue(), today)).toList(),
                            plans.total());
                }));
        queues.add(paged(caller, teams, today, "cla-reviews", "Looked-after reviews", "social care",
                "First within 20 working days of becoming looked after, the second within 3 months, then every 6 months",
                () -> {
                    var periods = apis.childrenLookedAfter().lookedAfterOn(caller, today, new Slice(1, QUEUE_PAGE));
                    return new Page<>(periods.items().stream()
                            .map(p -> {
                                var reviews = apis.childrenLookedAfter().reviews(caller, p.periodId());
                                return reviews.nextDueBy() == null ? null : item(p.childId(), p.localChildId(),
                                        "Review " + (reviews.reviews().size() + 1) + " of the period from "
                                                + DAY.format(p.startDate()), reviews.nextDueBy(), today);
                            })
                            .filter(i -> i != null).toList(), periods.total());
                }));
        queues.add(paged(caller, teams, today, "peps", "Personal Education Plans", "education and skills",
                "The first within 20 school days of entering care, then a review every school term",
                () -> {
                    // Every PEP due in the coming year is every child's next one: the whole roll, soonest due first.
                    var due = apis.virtualSchool().pepReviewsDue(caller, today.plusYears(1), 1, QUEUE_PAGE);
                    return new Page<>(due.reviews().stream().map(r -> item(r.childId(), null, (r.firstPep()
                            ? "First PEP; entered care " + DAY.format(r.enteredCareOn())
                            : r.lastHeldOn() == null ? "Termly review"
                            : "Termly review; last PEP " + DAY.format(r.lastHeldOn())), r.dueBy(), today)).toList(),
                            due.total());
                }));
        queues.add(paged(caller, teams, today, "iha", "Initial health assessments", "health and wellbeing",
                "Within 20 working days of entering care",
                () -> apis.initialHealthAssessmentsDue().initialAssessmentsDue(caller, new Slice(1, QUEUE_PAGE))
                        .map(r -> item(r.childId(), null, "Entered care " + DAY.format(r.enteredCareOn()),
                                r.ihaDueBy(), today))));
        queues.add(paged(caller, teams, today, "ehc-plans", "EHC needs assessments", "health and wellbeing",
                "The final EHC plan within 20 weeks of the request",
                () -> apis.ehcPlansDue().plansDue(caller, new Slice(1, QUEUE_PAGE)).map(r -> item(r.childId(), null,
                        "Requested " + DAY.format(r.receivedOn()) + (r.draftIssuedOn() != null ? ", draft plan issued "
                                + DAY.format(r.draftIssuedOn()) : r.decision() == null ? ", decision to assess due"
                                : ", assessing"), r.planDueBy(), today))));
        return queues;
    }

    /**
     * What the user may see of one child, oldest first: periods of care and their reviews, child protection plans,
     * the virtual school's roll and health assessments. Each read is authorised and audited by its context; a context
     * that refuses is named in {@code notShown}.
     */
    public Chronology chronology(Caller caller, String childId) {
        LocalDate today = LocalDate.now(clock);
        record Dated(LocalDate date, String context, String what) {}
        List<Dated> entries = new ArrayList<>();
        List<String> notShown = new ArrayList<>();
        read("Social care: children looked after", notShown, () -> {
            for (var p : apis.childrenLookedAfter().lookedAfterOn(caller, today)) {
                if (!p.childId().equals(childId)) {
                    continue;
                }
                entries.add(new Dated(p.startDate(), "Social care", "Started to be looked after ("
                        + p.episodes().getFirst().legalStatus() + ", placement " + p.episodes().getFirst().placementType() + ")"));
                var reviews = apis.childrenLookedAfter().reviews(caller, p.periodId());
                reviews.reviews().forEach(r -> entries.add(new Dated(r.date(), "Social care",
                        "Looked-after review " + r.number())));
                if (reviews.nextDueBy() != null) {
                    entries.add(new Dated(reviews.nextDueBy(), "Social care", "Next looked-after review due"));
                }
            }
        });
        read("Social care: child protection", notShown, () -> apis.childProtection().plansOpenOn(caller, today).stream()
                .filter(p -> p.childId().equals(childId)).forEach(p -> {
                    entries.add(new Dated(p.startDate(), "Social care", "Child protection plan started ("
                            + p.initialCategory() + ")"));
                    p.reviews().forEach(r -> entries.add(new Dated(r.reviewDate(), "Social care", "Child protection review")));
                    if (p.nextReviewDue() != null) {
                        entries.add(new Dated(p.nextReviewDue(), "Social care", "Next child protection review due"));
                    }
                }));
        read("Education and skills: virtual school", notShown, () -> apis.virtualSchool().children(caller).stream()
                .filter(c -> c.childId().equals(childId)).forEach(c -> {
                    entries.add(new Dated(c.enteredCareOn(), "Education and skills", "Joined the virtual school's roll"));
                    if (c.pepDueBy() != null) {
                        entries.add(new Dated(c.pepDueBy(), "Education and skills", "Personal Education Plan due"));
                    }
                }));
        read("Health and wellbeing: children in care", notShown, () -> apis.childrenInCareHealth()
                .childRecords(caller, childId).forEach(r -> {
                    entries.add(new Dated(r.ihaDueBy(), "Health and wellbeing", "Initial health assessment due"));
                    if (r.initialAssessmentOn() != null) {
                        entries.add(new Dated(r.initialAssessmentOn(), "Health and wellbeing", "Initial health assessment done"));
                    }
                    r.checks().forEach(c -> entries.add(new Dated(c.checkedOn(), "Health and wellbeing",
                            "Check: " + c.kind().toLowerCase(Locale.ROOT).replace('_', ' '))));
                }));
        entries.sort(Comparator.comparing(Dated::date));
        return new Chronology(childId, entries.stream()
                .map(e -> new Chronology.Entry(DAY.format(e.date()), e.context(), e.what())).toList(), notShown);
    }

    private static void read(String what, List<String> notShown, Runnable read) {
        try {
            read.run();
        } catch (AccessDenied refused) {
            notShown.add(what);
        }
    }

    private WorkQueue queue(Caller caller, Map<String, String> teams, LocalDate today, String id, String title,
                            String context, String clockText, Supplier<List<WorkQueue.Item>> read) {
        return paged(caller, teams, today, id, title, context, clockText, () -> {
            List<WorkQueue.Item> all = read.get();
            return new Page<>(all, all.size());
        });
    }

    /** A queue read a page at a time by its context's api: the first page, with the total it holds. */
    private WorkQueue paged(Caller caller, Map<String, String> teams, LocalDate today, String id, String title,
                            String context, String clockText, Supplier<Page<WorkQueue.Item>> read) {
        List<WorkQueue.Item> items;
        long total;
        try {
            Page<WorkQueue.Item> page = read.get();
            items = page.items();
            total = page.total();
        } catch (AccessDenied refused) {
            return new WorkQueue(id, title, context, clockText, List.of(), List.of(),
                    "Your role does not allow you to see this queue", 0);
        }
        List<WorkQueue.Item> withTeams = items.stream()
                .map(i -> new WorkQueue.Item(i.childId(), i.childLabel(), i.what(), i.dueDate(), i.daysLeft(),
                        teams.computeIfAbsent(i.childId(), child -> team(caller, child, today))))
                .sorted(Comparator.comparingLong(WorkQueue.Item::daysLeft))
                .toList();
        Map<String, long[]> counts = new TreeMap<>();
        withTeams.forEach(i -> {
            long[] c = counts.computeIfAbsent(i.team(), t -> new long[2]);
            c[0]++;
            if (i.daysLeft() < 0) {
                c[1]++;
            }
        });
        return new WorkQueue(id, title, context, clockText, withTeams,
                counts.entrySet().stream().map(e -> new WorkQueue.TeamCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList(), null, Math.max(total, withTeams.size()));
    }

    /** The team of the child's allocated worker today, if the user's role may list involvements. */
    private String team(Caller caller, String childId, LocalDate today) {
        try {
            var page = apis.involvements().involvements(caller, UUID.fromString(childId), 1, 100);
            return page.items().stream()
                    .filter(i -> !i.validFrom().isAfter(today) && (i.validTo() == null || !i.validTo().isBefore(today)))
                    .map(Involvement::team).filter(t -> t != null && !t.isBlank()).findFirst().orElse(UNALLOCATED);
        } catch (AccessDenied | IllegalArgumentException notShown) {
            return TEAM_NOT_SHOWN;
        }
    }

    private static WorkQueue.Item item(String childId, String localChildId, String what, LocalDate due, LocalDate today) {
        return new WorkQueue.Item(childId, Optional.ofNullable(localChildId).orElse(childId.substring(0, Math.min(8, childId.length()))),
                what, DAY.format(due), ChronoUnit.DAYS.between(today, due), null);
    }
}
