package org.cypf.demo;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.NewInvolvement;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategySummary;
import org.cypf.healthwellbeing.api.healthychild.RegisterHealthyChild;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.place.Postcode;
import org.cypf.socialcare.api.assessment.CompleteAssessment;
import org.cypf.socialcare.api.assessment.StartAssessment;
import org.cypf.socialcare.api.frontdoor.ContactView;
import org.cypf.socialcare.api.frontdoor.DecideContact;
import org.cypf.socialcare.api.frontdoor.RecordContact;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.lookedafter.RecordMissingEpisode;
import org.cypf.socialcare.api.lookedafter.RecordReview;
import org.cypf.socialcare.api.lookedafter.StartToBeLookedAfter;
import org.cypf.socialcare.api.protection.ConcludeSection47;
import org.cypf.socialcare.api.protection.EnquiryView;
import org.cypf.socialcare.api.protection.HoldInitialConference;
import org.cypf.socialcare.api.protection.HoldStrategyDiscussion;
import org.cypf.socialcare.api.protection.PlanView;
import org.cypf.socialcare.api.protection.ReviewPlan;
import org.cypf.socialcare.api.protection.StartPlan;
import org.cypf.socialcare.api.protection.StartSection47;

/**
 * Writes a synthetic authority through the contexts' use cases (ADR 0090). The same seed and size always give the
 * same children, dates and codes, relative to {@code today}: a run today fills today's work queues. Every child has a
 * contact at the front door; of them, in fixed proportions, some are stepped down to early help (family support hears
 * of it through the outbox), some referred and assessed, some put on a child protection plan with its reviews, and
 * some looked after, with changes of placement, reviews and missing episodes (the virtual school and children in
 * care's health register them through the outbox). Children under five are registered with the healthy child
 * programme by the health visitor a team manager allocates. The seed strategies are loaded with ten years of monthly
 * values.
 *
 * <p>The children are recorded by a workforce of social workers with realistic caseloads ({@link Workforce}):
 * {@code sw.smith}, the development issuer's named social worker (README), records the demo authority's 200 children,
 * so that the person who signs in as her sees the demo's queues, and every later child is recorded by a generated
 * worker ({@code sw.0001}, ...) of 20 to 25 children. The other practitioners are the development issuer's named
 * users. Nothing here runs unless asked for (ADR 0090).
 */
public final class SyntheticAuthority {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Caller SOCIAL_WORKER = new Caller("sw.smith", "council", "social-worker", null);
    static final Caller HEALTH_VISITOR = new Caller("hv.khan", "nhs", "health-visitor", null);
    static final Caller TEAM_MANAGER = new Caller("tm.patel", "council", "team-manager", null);
    static final Caller ANALYST = new Caller("pa.green", "council", "performance-analyst", null);
    /** CIN census referral sources (DOMAIN.md), weighted by repetition towards police, schools and health. */
    private static final String[] SOURCES = {"6", "6", "6", "2A", "2A", "3A", "3B", "1A", "5A", "8", "4", "3F"};
    private static final String[] WORRIES = {"bruising noticed at school", "not brought to appointments",
        "domestic abuse incident at home", "parent's mental health", "left alone for long periods",
        "missing from home overnight", "concerns about neglect"};
    private static final String[] CATEGORIES = {"NEG", "NEG", "NEG", "EMO", "PHY", "SAB", "MUL"};
    private static final String[] PLACEMENTS = {"U4", "U4", "U4", "U1", "U5", "U6", "K2", "R2"};
    private static final String[] PROVIDERS = {"PR1", "PR1", "PR4", "PR2", "PR3"};
    private static final String[] FACTORS = {"3A", "3B", "2B", "4A", "1C", "6C", "8B"};

    private final AuthorityApis apis;
    private final LocalDate today;
    private final Random random;
    /** The social worker who records this child's history (ADR 0090's workforce). */
    private final Caller worker;
    private long events;

    private SyntheticAuthority(AuthorityApis apis, long seed, LocalDate today, Caller worker) {
        this.apis = apis;
        this.today = today;
        this.random = new Random(seed);
        this.worker = worker;
    }

    /** How many children are written at once by default: each child's history is written in order, children side by side. */
    public static final int WORKERS = 4;

    /**
     * Writes the authority: {@code size.children()} children with their histories, and the seed strategies of
     * {@code strategies} (a directory of {@code s*.yaml} files; none when null) with ten years of monthly values,
     * {@value #WORKERS} children at a time.
     */
    public static Generated generate(AuthorityApis apis, AuthoritySize size, long seed, LocalDate today,
                                     Path strategies) {
        return generate(apis, size, seed, today, strategies, WORKERS);
    }

    /**
     * As above, {@code workers} children at a time (ADR 0093). Every use case is still its own request with its
     * access decision, audit row and events; what runs side by side is the waiting for the database, which is where a
     * use case spends most of its time. Each child draws from a random of its own, made from the seed and its
     * number, so the authority is the same however many workers write it and in whatever order they finish.
     */
    public static Generated generate(AuthorityApis apis, AuthoritySize size, long seed, LocalDate today,
                                     Path strategies, int workers) {
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("workers must be 1 to 64, not " + workers);
        }
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("demo-data-", 0).factory());
        try {
            List<Future<Long>> strategyLoads = new ArrayList<>();
            if (strategies != null) {
                Random random = new Random(seed);
                for (Path file : SeedStrategies.files(strategies)) {
                    StrategyDocument d = SeedStrategies.withObservations(SeedStrategies.read(file), random, today);
                    strategyLoads.add(pool.submit(() -> {
                        StrategySummary ignored = apis.strategies().load(ANALYST, d);
                        return SeedStrategies.observations(d);
                    }));
                }
            }
            Workforce workforce = Workforce.of(seed, size.children());
            List<Future<Long>> children = new ArrayList<>(size.children());
            for (int i = 0; i < size.children(); i++) {
                int child = i;
                children.add(pool.submit(() -> {
                    var authority = new SyntheticAuthority(apis, childSeed(seed, child), today,
                            workforce.recorderOf(child));
                    authority.child(child);
                    return authority.events;
                }));
            }
            long observations = 0;
            for (Future<Long> f : strategyLoads) {
                observations += done(f);
            }
            long events = 0;
            for (Future<Long> f : children) {
                events += done(f);
            }
            return new Generated(size.children(), events, strategyLoads.size(), observations,
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A child's own seed: the generator's seed and the child's number mixed, so neighbours draw unrelated values. */
    static long childSeed(long seed, int child) {
        long z = seed * 0x9E3779B97F4A7C15L + child;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The task's answer; the first failure stops the run with its own exception. */
    private static long done(Future<Long> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the synthetic authority", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("writing the synthetic authority failed", e.getCause());
        }
    }

    /** One child's history. */
    private void child(int i) {
        int ageDays = random.nextInt(17 * 365);
        LocalDate born = today.minusDays(ageDays + 30L);
        boolean schoolAge = ageDays > 5 * 365;
        String upn = schoolAge ? upn(i) : null;
        String nhs = nhsNumber(i);
        ChildDetails details = new ChildDetails(localId(i), upn == null ? null : UniquePupilNumber.parse(upn),
                NhsNumber.parse(nhs), born, random.nextBoolean() ? "1" : "2");
        int roll = random.nextInt(100);
        // The most recent few contacts wait for a decision: the front door's queue.
        boolean waiting = roll < 3;
        // Received on an earlier day, so never later than now whatever the hour the generator runs.
        LocalDate received = waiting ? weekday(today.minusDays(1 + random.nextInt(3)))
                : weekday(today.minusDays(7 + random.nextInt(700)));
        if (received.isBefore(born)) {
            received = weekday(born.plusDays(7));
        }
        ContactView contact = apis.frontDoor().recordContact(worker, new RecordContact(details,
                at(received, 9), pick(SOURCES), null, null, pick(WORRIES), null));
        events++;
        if (ageDays < 5 * 365) {
            // The team manager allocates the health visitor (ADR 0032): without it health may not open the record.
            apis.involvements().record(TEAM_MANAGER, new NewInvolvement(UUID.fromString(contact.childId()),
                    HEALTH_VISITOR.userId(), HEALTH_VISITOR.organisation(), "ALLOCATED-WORKER", null, null, received,
                    null));
            apis.healthyChildProgramme().register(HEALTH_VISITOR, new RegisterHealthyChild(nhs, contact.childId(), born));
            events += 2;
        }
        if (waiting) {
            return;
        }
        LocalDate decided = received.plusDays(random.nextInt(10) < 8 ? 0 : 2);
        String decision = roll < 45 ? "NO_FURTHER_ACTION" : roll < 60 ? "INFORMATION_AND_ADVICE"
                : roll < 75 ? "STEP_DOWN_TO_EARLY_HELP" : "REFERRAL_FOR_ASSESSMENT";
        contact = apis.frontDoor().decide(worker, new DecideContact(contact.contactId(), decision,
                at(decided, 15), null, contact.version()));
        events++;
        if (contact.referralId() == null) {
            return;
        }
        UUID referral = contact.referralId();
        if (roll < 85) {
            assess(referral, decided);
        } else if (roll < 93) {
            protect(referral, decided);
        } else {
            lookAfter(details, contact.childId(), decided);
        }
    }

    private void assess(UUID referral, LocalDate referred) {
        LocalDate started = referred.plusDays(1 + random.nextInt(5));
        if (!started.isBefore(today)) {
            return;
        }
        var assessment = apis.referrals().startAssessment(worker, new StartAssessment(referral, started));
        events++;
        LocalDate done = started.plusDays(10 + random.nextInt(60));
        if (done.isBefore(today)) {
            apis.referrals().completeAssessment(worker, new CompleteAssessment(referral,
                    assessment.assessmentId(), done, done, List.of(pick(FACTORS)),
                    random.nextBoolean() ? "CHILD_IN_NEED_PLAN" : "NO_FURTHER_ACTION", assessment.version()));
            events++;
        }
    }

    /** Strategy discussion, section 47, initial conference and a plan with the reviews that have fallen due. */
    private void protect(UUID referral, LocalDate referred) {
        LocalDate conference = weekday(referred.plusDays(10 + random.nextInt(12)));
        if (!conference.isBefore(today)) {
            return;
        }
        EnquiryView e = apis.childProtection().holdStrategyDiscussion(worker,
                new HoldStrategyDiscussion(referral, referred));
        e = apis.childProtection().startSection47(worker, new StartSection47(e.enquiryId(), referred, e.version()));
        e = apis.childProtection().concludeSection47(worker,
                new ConcludeSection47(e.enquiryId(), referred, "INITIAL_CONFERENCE", e.version()));
        e = apis.childProtection().holdInitialConference(worker,
                new HoldInitialConference(e.enquiryId(), conference, "CHILD_PROTECTION_PLAN", e.version()));
        PlanView plan = apis.childProtection().startPlan(worker,
                new StartPlan(e.enquiryId(), conference, pick(CATEGORIES)));
        events += 5;
        LocalDate review = conference.plusDays(80 + random.nextInt(10));
        while (review.isBefore(today.minusDays(20)) && plan.endDate() == null) {
            plan = apis.childProtection().reviewPlan(worker, new ReviewPlan(plan.planId(), weekday(review), null,
                    plan.version()));
            events++;
            review = review.plusDays(170 + random.nextInt(10));
        }
    }

    /** A period of care from soon after the referral, with a move, reviews, a missing episode and perhaps an end. */
    private void lookAfter(ChildDetails child, String childId, LocalDate referred) {
        LocalDate start = referred.plusDays(1 + random.nextInt(20));
        if (!start.isBefore(today)) {
            return;
        }
        PeriodOfCareView period = apis.childrenLookedAfter().startToBeLookedAfter(worker,
                new StartToBeLookedAfter(child, start, random.nextInt(3) == 0 ? "V2" : "C2", "N1",
                        placement(), Postcode.parse("ST4 1HH")));
        events++;
        LocalDate review = start.plusDays(15 + random.nextInt(10));
        int gap = 85;
        while (review.isBefore(today.minusDays(5))) {
            apis.childrenLookedAfter().recordReview(worker, new RecordReview(period.periodId(), review,
                    child.dateOfBirth().plusYears(4).isAfter(review) ? "PN0" : "PN1"));
            events++;
            review = review.plusDays(gap + random.nextInt(10));
            gap = 175;
        }
        LocalDate move = start.plusDays(60 + random.nextInt(200));
        if (move.isBefore(today) && random.nextBoolean()) {
            period = apis.childrenLookedAfter().changeEpisode(worker, new ChangeEpisode(period.periodId(), move,
                    "P", null, null, placement(), "CARPL", period.version()));
            events++;
        }
        if (random.nextInt(10) == 0) {
            LocalDate away = start.plusDays(10 + random.nextInt(30));
            if (away.isBefore(today.minusDays(1))) {
                apis.missingFromCare().recordMissing(worker, new RecordMissingEpisode(childId,
                        random.nextBoolean() ? "M" : "A", away, away.plusDays(1)));
                events++;
            }
        }
        LocalDate end = start.plusDays(200 + random.nextInt(500));
        if (end.isBefore(today) && random.nextInt(3) == 0 && !end.isBefore(move)) {
            apis.childrenLookedAfter().endPeriodOfCare(worker, new EndPeriodOfCare(period.periodId(), end,
                    "E4A", period.version()));
            events++;
        }
    }

    private Placement placement() {
        return new Placement(pick(PLACEMENTS), pick(PROVIDERS), Postcode.parse("ST6 3AA"), null);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static java.time.Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(LONDON).toInstant();
    }

    /** The day, or the Friday before when it falls at a weekend (working days, never later than the day given). */
    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    /** SSDA903 CHILD: the authority's own reference, at most 10 characters. */
    static String localId(int i) {
        return "D" + String.format("%07d", i);
    }

    /** A valid permanent UPN of the authority (LA 861) for child {@code i}: the check letter computed by trial. */
    static String upn(int i) {
        String digits = "861260" + String.format("%06d", i % 1_000_000);
        for (char letter : "ABCDEFGHJKLMNPQRTUVWXYZ".toCharArray()) {
            String candidate = letter + digits;
            if (UniquePupilNumber.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check letter fits " + digits);
    }

    /** A valid NHS number for child {@code i} (modulus 11): the last digit found by trial, numbers with none skipped. */
    static String nhsNumber(int i) {
        for (int n = i * 4; ; n++) {
            String stem = "9" + String.format("%08d", 10_000_000 + n % 90_000_000);
            for (int d = 0; d < 10; d++) {
                if (NhsNumber.isValid(stem + d)) {
                    return stem + d;
                }
            }
        }
    }
}
