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
    /** How many children's health records one queue reads (the health api's page size limit). */
    private static final int HEALTH_PAGE = 1000;

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
        queues.add(queue(caller, teams, today, "cp-reviews", "Child protection reviews", "social care",
                "First review within 3 months of the conference, then at most every 6 months",
                () -> apis.childProtection().plansOpenOn(caller, today).stream().filter(p -> p.nextReviewDue() != null)
                        .map(p -> item(p.childId(), p.localChildId(), "Plan from " + DAY.format(p.startDate())
                                + " (" + p.latestCategory() + ")", p.nextReviewDue(), today))
                        .toList()));
        queues.add(queue(caller, teams, today, "cla-reviews", "Looked-after reviews", "social care",
                "First within 20 working days of becoming looked after, the second within 3 months, then every 6 months",
                () -> apis.childrenLookedAfter().lookedAfterOn(caller, today).stream()
                        .map(p -> {
                            var reviews = apis.childrenLookedAfter().reviews(caller, p.periodId());
                            return reviews.nextDueBy() == null ? null : item(p.childId(), p.localChildId(),
                                    "Review " + (reviews.reviews().size() + 1) + " of the period from "
                                            + DAY.format(p.startDate()), reviews.nextDueBy(), today);
                        })
                        .filter(i -> i != null).toList()));
        queues.add(queue(caller, teams, today, "peps", "Personal Education Plans", "education and skills",
                "Within 20 school days of entering care",
                () -> apis.virtualSchool().children(caller).stream().filter(c -> c.pepDueBy() != null)
                        .map(c -> item(c.childId(), null, "Entered care " + DAY.format(c.enteredCareOn()), c.pepDueBy(), today))
                        .toList()));
        queues.add(queue(caller, teams, today, "iha", "Initial health assessments", "health and wellbeing",
                "Within 20 working days of entering care",
                () -> apis.childrenInCareHealth().byNextAssessmentDue(caller, 1, HEALTH_PAGE).stream()
                        .filter(r -> r.initialAssessmentOn() == null)
                        .map(r -> item(r.childId(), null, "Entered care " + DAY.format(r.enteredCareOn()), r.ihaDueBy(), today))
                        .toList()));
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
        List<WorkQueue.Item> items;
        try {
            items = read.get();
        } catch (AccessDenied refused) {
            return new WorkQueue(id, title, context, clockText, List.of(), List.of(),
                    "Your role does not allow you to see this queue");
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
                        .toList(), null);
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
