package org.cypf.web.read;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.NotFound;
import org.cypf.web.model.WorkQueue;

/**
 * The practitioners' work queues, one per statutory clock the contexts' apis hold. Every
 * read is a use case of a context's api called as the signed-in user, so each is authorised by the context's access
 * port and audited there, one row per child, exactly as the same read through the HTTP api. A queue the user's role
 * may not read says so instead of its rows.
 */
public final class WorkQueueReading {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final String UNALLOCATED = "Not allocated to a team";
    static final String TEAM_NOT_SHOWN = "Team not shown to your role";
    /** How many rows of each queue the overview of all queues shows: the soonest due; each links to its queue. */
    public static final int OVERVIEW_ROWS = 10;
    /** How many rows a page of one queue shows, soonest due first. */
    public static final int QUEUE_PAGE = 50;
    /** The last page a queue or a chronology ({@link ChronologyReading}) may be asked for (50,000 rows of a queue). */
    public static final int MAX_PAGE = 1000;

    private final ContextApis apis;
    private final Clock clock;

    public WorkQueueReading(ContextApis apis, Clock clock) {
        this.apis = apis;
        this.clock = clock;
    }

    /** One statutory clock's queue: its words, and how a page of it is read through its context's api. */
    private record Definition(String id, String title, String context, String clockText,
                              Function<Slice, Page<WorkQueue.Item>> read) {}

    /** Every queue, its soonest due rows: the overview of the work queues. */
    public List<WorkQueue> queues(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        Teams teams = teams(caller, today);
        return definitions(caller, today).stream()
                .map(d -> paged(caller, teams, today, d, new Slice(1, OVERVIEW_ROWS))).toList();
    }

    /**
     * One page of one queue, soonest due first.
     *
     * @throws NotFound when no queue has that id
     */
    public WorkQueue queue(Caller caller, String id, int page) {
        LocalDate today = LocalDate.now(clock);
        Definition d = definitions(caller, today).stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("no work queue has that id"));
        return paged(caller, teams(caller, today), today, d, new Slice(page, QUEUE_PAGE));
    }

    /** The children's teams today, if the user's role may list involvements (one read for every queue shown). */
    private record Teams(ChildTeams teams, boolean shown) {
        String of(String childId) {
            if (!shown) {
                return TEAM_NOT_SHOWN;
            }
            try {
                return Optional.ofNullable(teams.byChild().get(UUID.fromString(childId))).orElse(UNALLOCATED);
            } catch (IllegalArgumentException notAnId) {
                return UNALLOCATED;
            }
        }

        String named(String team) {
            return !shown ? TEAM_NOT_SHOWN : team == null ? UNALLOCATED : team;
        }
    }

    private Teams teams(Caller caller, LocalDate today) {
        try {
            return new Teams(apis.involvements().teamsOn(caller, today), true);
        } catch (AccessDenied notShown) {
            return new Teams(ChildTeams.none(), false);
        }
    }

    /** How each queue is counted per team over the whole queue, in its context's query (ADR 0096). */
    private Map<String, Function<ChildTeams, List<TeamCount>>> counters(Caller caller, LocalDate today) {
        return Map.of(
                "contacts", t -> apis.contactsAwaitingDecision().countsByTeam(caller, t),
                "assessments", t -> apis.assessmentsDue().countsByTeam(caller, t),
                "icpcs", t -> apis.conferencesDue().countsByTeam(caller, t),
                "cp-reviews", t -> apis.planReviewsDue().countsByTeam(caller, t),
                "cla-reviews", t -> apis.lookedAfterReviewsDue().countsByTeam(caller, t),
                "peps", t -> apis.virtualSchool().pepsDueByTeam(caller, today.plusYears(1), t),
                "iha", t -> apis.initialHealthAssessmentsDue().countsByTeam(caller, t),
                "ehc-plans", t -> apis.ehcPlansDue().countsByTeam(caller, t));
    }

    private List<Definition> definitions(Caller caller, LocalDate today) {
        List<Definition> queues = new ArrayList<>();
        queues.add(new Definition("contacts", "Contacts awaiting a decision", "social care",
                "A decision within 1 working day of receipt",
                slice -> apis.contactsAwaitingDecision().contactsAwaitingDecision(caller, slice).map(c -> item(
                        c.childId(), c.localChildId(), "Contact received "
                                + DAY.format(c.receivedAt().atZone(clock.getZone()).toLocalDate()), c.decisionDueOn(),
                        today))));
        queues.add(new Definition("assessments", "Child and family assessments", "social care",
                "Authorised within 45 working days of the referral",
                slice -> apis.assessmentsDue().assessmentsDue(caller, slice).map(a -> item(a.childId(),
                        a.localChildId(), (a.completedDate() == null ? "Assessment started " + DAY.format(a.startDate())
                                : "Completed " + DAY.format(a.completedDate()) + ", awaiting authorisation"),
                        a.dueDate(), today))));
        queues.add(new Definition("icpcs", "Initial child protection conferences", "social care",
                "Within 15 working days of the last strategy discussion",
                slice -> apis.conferencesDue().conferencesDue(caller, slice).map(c -> item(c.childId(),
                        c.localChildId(), c.section47StartDate() == null ? "Strategy discussion held"
                                : "Section 47 enquiry from " + DAY.format(c.section47StartDate()),
                        c.conferenceDueDate(), today))));
        queues.add(new Definition("cp-reviews", "Child protection reviews", "social care",
                "First review within 3 months of the conference, then at most every 6 months",
                slice -> apis.planReviewsDue().planReviewsDue(caller, slice).map(r -> item(r.childId(),
                        r.localChildId(), (r.reviewsHeld() == 0 ? "First review" : "Review " + (r.reviewsHeld() + 1))
                                + " of the plan from " + DAY.format(r.startDate()) + " (" + r.latestCategory() + ")",
                        r.reviewDueDate(), today))));
        queues.add(new Definition("cla-reviews", "Looked-after reviews", "social care",
                "First within 20 working days of becoming looked after, the second within 3 months, then every 6 months",
                slice -> apis.lookedAfterReviewsDue().reviewsDue(caller, slice).map(r -> item(r.childId(),
                        r.localChildId(), "Review " + r.reviewNumber() + (r.startDate() == null
                                ? " of the period of care" : " of the period from " + DAY.format(r.startDate())),
                        r.dueBy(), today))));
        queues.add(new Definition("peps", "Personal Education Plans", "education and skills",
                "The first within 20 school days of entering care, then a review every school term",
                slice -> {
                    // Every PEP due in the coming year is every child's next one: the whole roll, soonest due first.
                    var due = apis.virtualSchool().pepReviewsDue(caller, today.plusYears(1), slice.page(), slice.size());
                    return new Page<>(due.reviews().stream().map(r -> item(r.childId(), null, (r.firstPep()
                            ? "First PEP; entered care " + DAY.format(r.enteredCareOn())
                            : r.lastHeldOn() == null ? "Termly review"
                            : "Termly review; last PEP " + DAY.format(r.lastHeldOn())), r.dueBy(), today)).toList(),
                            due.total());
                }));
        queues.add(new Definition("iha", "Initial health assessments", "health and wellbeing",
                "Within 20 working days of entering care",
                slice -> apis.initialHealthAssessmentsDue().initialAssessmentsDue(caller, slice)
                        .map(r -> item(r.childId(), null, "Entered care " + DAY.format(r.enteredCareOn()),
                                r.ihaDueBy(), today))));
        queues.add(new Definition("ehc-plans", "EHC needs assessments", "health and wellbeing",
                "The final EHC plan within 20 weeks of the request",
                slice -> apis.ehcPlansDue().plansDue(caller, slice).map(r -> item(r.childId(), null,
                        "Requested " + DAY.format(r.receivedOn()) + (r.draftIssuedOn() != null ? ", draft plan issued "
                                + DAY.format(r.draftIssuedOn()) : r.decision() == null ? ", decision to assess due"
                                : ", assessing"), r.planDueBy(), today))));
        return queues;
    }

    /**
     * A queue read a page at a time by its context's api: the page, with the total it holds, and its rows counted per
     * team over the whole queue by the context's query.
     */
    private WorkQueue paged(Caller caller, Teams teams, LocalDate today, Definition d, Slice slice) {
        List<WorkQueue.Item> items;
        long total;
        List<TeamCount> counted;
        try {
            Page<WorkQueue.Item> page = d.read().apply(slice);
            items = page.items();
            total = page.total();
            counted = counters(caller, today).get(d.id()).apply(teams.teams());
        } catch (AccessDenied refused) {
            return new WorkQueue(d.id(), d.title(), d.context(), d.clockText(), List.of(), List.of(),
                    "Your role does not allow you to see this queue", 0, slice.page(), slice.size());
        }
        List<WorkQueue.Item> withTeams = items.stream()
                .map(i -> new WorkQueue.Item(i.childId(), i.childLabel(), i.what(), i.dueDate(), i.daysLeft(),
                        teams.of(i.childId())))
                .sorted(Comparator.comparingLong(WorkQueue.Item::daysLeft))
                .toList();
        // Children with no team, and every child when teams are not shown, count under one name.
        Map<String, long[]> counts = new TreeMap<>();
        counted.forEach(c -> {
            long[] n = counts.computeIfAbsent(teams.named(c.team()), t -> new long[2]);
            n[0] += c.due();
            n[1] += c.overdue();
        });
        return new WorkQueue(d.id(), d.title(), d.context(), d.clockText(), withTeams,
                counts.entrySet().stream().map(e -> new WorkQueue.TeamCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList(), null, total, slice.page(), slice.size());
    }

    private static WorkQueue.Item item(String childId, String localChildId, String what, LocalDate due, LocalDate today) {
        return new WorkQueue.Item(childId, Optional.ofNullable(localChildId).orElse(childId.substring(0, Math.min(8, childId.length()))),
                what, DAY.format(due), ChronoUnit.DAYS.between(today, due), null);
    }
}
