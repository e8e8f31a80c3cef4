package org.cypf.app;

import io.helidon.config.Config;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Meter;
import io.helidon.metrics.api.Metrics;
import io.helidon.openapi.OpenApiFeature;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.logging.Logger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cypf.db.DatabaseMigrations;
import org.cypf.db.Schemas;
import org.cypf.demo.AuthorityApis;
import org.cypf.educationskills.EducationSkillsContext;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.governance.GovernanceContext;
import org.cypf.governance.api.access.DataSharingAgreement;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.kernel.notification.Notifications;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDeliveries;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.EventSubscription;
import org.cypf.platform.http.Authentication;
import org.cypf.platform.http.EventDeliveriesService;
import org.cypf.platform.http.Idempotency;
import org.cypf.platform.http.JsonBodies;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.platform.http.SecurityConfigs;
import org.cypf.platform.http.TransportProblems;
import org.cypf.platform.idempotency.IdempotencyKeys;
import org.cypf.socialcare.SocialCareContext;
import org.cypf.web.http.WebPages;
import org.cypf.web.read.ContextApis;

/**
 * The composition root: migrates the database, gives each context its own pool (its own role), wires the
 * contexts through their ports, starts the event dispatcher and serves HTTP, every route but the public paths behind
 * bearer-token authentication (section {@code security}). Nothing else builds contexts.
 */
public final class CypfApplication implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CypfApplication.class.getName());
    /** Children's services run on English dates: "today" is today in London. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final String FAILED_DELIVERIES = "cypf.events.deliveries.failed";
    private static final String PENDING_DELIVERIES = "cypf.events.deliveries.pending";

    private final DatabaseServer databaseServer;
    private final List<ContextDatabase> databases;
    private final EventTransport events;
    private final WebServer server;
    private final List<Meter> meters;
    private final Map<String, HttpService> services;
    private final AuditSealer sealer;
    private final Notifications notifications;
    private final SchoolSystemSchedule schoolSystem;
    private final ConferenceClock conferenceClock;
    private static final String EVENT_DELIVERIES = "/platform/event-deliveries";

    private CypfApplication(DatabaseServer databaseServer, List<ContextDatabase> databases, EventTransport events,
                            WebServer server, List<Meter> meters, Map<String, HttpService> services,
                            AuditSealer sealer, Notifications notifications, SchoolSystemSchedule schoolSystem,
                            ConferenceClock conferenceClock) {
        this.databaseServer = databaseServer;
        this.databases = databases;
        this.events = events;
        this.server = server;
        this.meters = meters;
        this.services = services;
        this.sealer = sealer;
        this.notifications = notifications;
        this.schoolSystem = schoolSystem;
        this.conferenceClock = conferenceClock;
    }

    public static CypfApplication start(Config config) {
        DatabaseServer databaseServer = DatabaseServer.from(config.get("db"));
        return start(config, databaseServer.settings(), databaseServer);
    }

    /** Starts on an existing, reachable database (tests pass their fresh one). */
    public static CypfApplication start(Config config, DatabaseSettings settings) {
        return start(config, settings, null);
    }

    private static CypfApplication start(Config config, DatabaseSettings settings, DatabaseServer owned) {
        long starting = System.nanoTime();
        new DatabaseMigrations(settings.jdbcUrl(), settings.user(), settings.password()).migrate();
        long migrated = System.nanoTime();
        settings = settings.withConnectionTimeout(Duration.ofMillis(config.get("db.connection-timeout-ms").asLong().orElse(2_000L)));
        int poolSize = config.get("db.pool-size").asInt().orElse(8);
        Map<String, ContextDatabase> db = openPools(settings, poolSize);
        Clock clock = Clock.system(ZONE);

        var governance = new GovernanceContext(db.get(Schemas.GOVERNANCE), agreements(config.get("governance.agreements")),
                clock);
        // Logged only, unless a notification service is configured (ADR 0102, 0107); addresses from involvements (0108).
        Notifications notifications = ConfiguredNotifications.from(config.get("notifications.notify"),
                ConfiguredNotifications.addressBook(governance.allocatedWorkers(),
                        config.get("notifications.notify.email-domains"), clock), clock);
        var socialCare = new SocialCareContext(db.get(Schemas.SOCIAL_CARE), governance.childRecordAccess(),
                config.get("social-care.child-population").asLong().orElse(58_100L),
                config.get("social-care.la-code").asString().orElse(null), clock, notifications);
        var education = new EducationSkillsContext(db.get(Schemas.EDUCATION_SKILLS), governance.childRecordAccess(),
                clock);
        var familySupport = new FamilySupportContext(db.get(Schemas.FAMILY_SUPPORT), governance.childRecordAccess(), clock,
                config.get("family-support.postcode-file").asString().map(java.nio.file.Path::of));
        var health = new HealthWellbeingContext(db.get(Schemas.HEALTH_WELLBEING), governance.childRecordAccess(),
                clock);
        // Social care's SSDA903 OC2 file reads its health fields through health's published api (ADR 0077).
        socialCare.answerOc2From(health.childrenInCareHealthRecords());
        List<MeasureSource> measureSources = new ArrayList<>(socialCare.measureSources());
        measureSources.addAll(health.measureSources());
        measureSources.addAll(education.measureSources());
        measureSources.addAll(familySupport.measureSources());

        ContextDatabase platform = db.get(Schemas.PLATFORM);
        List<EventSubscription> subscriptions = new ArrayList<>(education.subscriptions());
        subscriptions.addAll(socialCare.subscriptions());
        subscriptions.addAll(familySupport.subscriptions());
        subscriptions.addAll(health.subscriptions());
        // In the database by default; the contexts configured under events.broker receive theirs from RabbitMQ (ADR 0038).
        var events = EventTransport.from(config.get("events"), platform, List.copyOf(subscriptions));
        var deliveries = new EventDeliveries(platform);
        List<Meter> meters = registerEventMetrics(events.dispatcher());

        // Every service and where it is mounted; the OpenAPI contract test reads this same table.
        Map<String, HttpService> services = new LinkedHashMap<>();
        services.put(GovernanceContext.SCORECARD_PATH, governance.http(governance.scorecards(measureSources)));
        var strategyScorecards = governance.strategyScorecards(measureSources);
        services.put(GovernanceContext.STRATEGIES_PATH, governance.strategyHttp(strategyScorecards));
        services.put(GovernanceContext.ACCESS_AUDIT_PATH, governance.accessAuditHttp());
        services.put(GovernanceContext.INVOLVEMENTS_PATH, governance.involvementHttp());
        services.put(GovernanceContext.BREAK_GLASS_REVIEWS_PATH, governance.breakGlassReviewHttp());
        services.put(GovernanceContext.SUBJECT_ACCESS_PATH, governance.subjectAccessHttp(
                governance.subjectAccess(List.of(socialCare.childRecordSource(), education.childRecordSource(),
                        health.childRecordSource(), familySupport.childRecordSource()))));
        services.put(GovernanceContext.RETENTION_PATH, governance.retentionHttp(
                governance.retention(List.of(socialCare.recordRetention(), education.recordRetention(),
                        health.recordRetention(), familySupport.recordRetention()))));
        services.put(SocialCareContext.PATH, socialCare.http());
        services.put(EducationSkillsContext.PATH, education.http());
        services.put(FamilySupportContext.PATH, familySupport.http());
        services.put(HealthWellbeingContext.PATH, health.http());
        services.put(EVENT_DELIVERIES, new EventDeliveriesService(deliveries));

        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .directHandlers(TransportProblems.handlers())
                .mediaContext(JsonBodies.mediaContext())
                .addFeature(ObserveFeature.builder()
                        .addObserver(HealthObserver.builder().details(true)
                                .addCheck(new DatabaseHealthCheck(db.values(),
                                        Duration.ofMillis(config.get("db.health-timeout-ms").asLong().orElse(800L)))).build())
                        .addObserver(MetricsObserver.create())
                        .build())
                .addFeature(OpenApiFeature.builder().config(config.get("openapi")).build())
                .routing(routing -> {
                    var callerChecks = new CallerChecks(governance.reservedIdentityClaims(), governance.missingRecords());
                    // Before any 404, a caller who may see no record of the context is refused alike (ADR 0033).
                    ProblemResponses.register(routing, callerChecks::beforeNotFound);
                    // A browser opening the root is shown the pages (ADR 0080); an api client gets the index.
                    routing.addFilter(WebHome.INSTANCE);
                    // Every route but the public paths needs a verified bearer token (ADR 0021); the pages check
                    // their own session cookie, set from a token of the same issuer (ADR 0081).
                    var authentication = Authentication.install(routing, SecurityConfigs.read(config.get("security"))
                            .withPublicPaths(List.of(WebPages.PATH)));
                    routing.register(WebPages.PATH, WebPages.create(new ContextApis(governance.strategies(),
                                    strategyScorecards, governance.measureObservations(), governance.involvements(),
                                    socialCare.contactsAwaitingDecision(), socialCare.childProtection(), socialCare.childrenLookedAfter(),
                                    education.virtualSchool(), health.childrenInCareHealth(),
                                    socialCare.assessmentsDue(), socialCare.conferencesDue(), health.ehcPlansDue(),
                                    socialCare.planReviewsDue(), socialCare.lookedAfterReviewsDue(),
                                    health.initialHealthAssessmentsDue(), socialCare.frontDoor(),
                                    socialCare.referralsAndAssessments(), socialCare.missingFromCare(),
                                    socialCare.familyNetworkMeetings(), familySupport.earlyHelpEpisodes(),
                                    familySupport.familyNetworkMeetings(),
                                    health.healthyChildProgramme(), health.mentalHealthReferrals()),
                            authentication.verifier(), authentication.developmentIssuer(), config.get("web"), clock));
                    routing.addFilter(callerChecks);
                    Idempotency.install(routing, new IdempotencyKeys(platform));
                    services.forEach(routing::register);
                    routing.get("/", (req, res) -> JsonBodies.ok(res, index()));
                })
                .build()
                .start();
        // where a start's time goes (ApplicationBench's start-up figure, docs/architecture/performance.md)
        LOG.info(() -> String.format("database migrations checked in %d ms, contexts wired and serving in %d ms",
                (migrated - starting) / 1_000_000, (System.nanoTime() - migrated) / 1_000_000));
        events.start(Duration.ofMillis(config.get("events.poll-interval-ms").asLong().orElse(200L)));
        // Only when asked for, and never with a real issuer (ADR 0090).
        DemoData.loadIfAsked(config, new AuthorityApis(governance.strategies(), socialCare.frontDoor(),
                socialCare.referralsAndAssessments(), socialCare.childProtection(), socialCare.childrenLookedAfter(),
                socialCare.missingFromCare(), health.healthyChildProgramme(), governance.involvements(),
                familySupport.serviceDirectory()), clock);
        var sealer = AuditSealer.start(governance.accessAudit(),
                Duration.ofSeconds(config.get("governance.audit.seal-interval-seconds").asLong().orElse(60L)));
        // Off unless a school information system is configured (ADR 0103, 0107).
        var schoolSystem = SchoolSystemSchedule.start(config.get("education-skills.school-system"), education);
        // The initial conference's 15 working day clock tells the allocated worker once (ADR 0108).
        var conferenceClock = ConferenceClock.start(socialCare.conferencesOverdue(),
                Duration.ofMinutes(config.get("social-care.overdue-conference-check-minutes").asLong().orElse(60L)));
        return new CypfApplication(owned, List.copyOf(db.values()), events, server, meters,
                Collections.unmodifiableMap(services), sealer, notifications, schoolSystem, conferenceClock);
    }

    /**
     * Every context's pool, opened side by side (ADR 0110): each pool's first connection (log in, switch role) is a
     * few round trips the others need not wait for. A pool that cannot open stops the start as before, and those
     * already open are closed.
     */
    private static Map<String, ContextDatabase> openPools(DatabaseSettings settings, int poolSize) {
        Map<String, java.util.concurrent.Future<ContextDatabase>> opening = new LinkedHashMap<>();
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (String schema : Schemas.ALL) {
                opening.put(schema, executor.submit(() -> ContextDatabase.open(settings, schema, poolSize)));
            }
        }
        Map<String, ContextDatabase> db = new LinkedHashMap<>();
        RuntimeException failure = null;
        for (var pool : opening.entrySet()) {
            try {
                db.put(pool.getKey(), pool.getValue().get());
            } catch (java.util.concurrent.ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException("could not open the " + pool.getKey() + " pool", e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while opening the pools", e);
            }
        }
        if (failure != null) {
            db.values().forEach(ContextDatabase::close);
            throw failure;
        }
        return db;
    }

    /** The data-sharing agreements configured under {@code governance.agreements}; a malformed one stops the start. */
    static List<DataSharingAgreement> agreements(Config agreements) {
        List<DataSharingAgreement> list = new ArrayList<>();
        for (Config a : agreements.asNodeList().orElse(List.of())) {
            list.add(new DataSharingAgreement(a.get("id").asString().get(),
                    Set.copyOf(a.get("parties").asList(String.class).get()),
                    Set.copyOf(a.get("contexts").asList(String.class).get()),
                    Set.copyOf(a.get("purposes").asList(String.class).get()),
                    LocalDate.parse(a.get("valid-from").asString().get()),
                    a.get("valid-to").asString().map(LocalDate::parse).orElse(null)));
        }
        return List.copyOf(list);
    }

    /** The HTTP services as mounted, by prefix (for the OpenAPI contract test). */
    Map<String, HttpService> services() {
        return services;
    }

    private static Map<String, Object> index() {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("health", "/observe/health");
        links.put("metrics", "/observe/metrics");
        links.put("openapi", "/openapi");
        links.put("scorecard", GovernanceContext.SCORECARD_PATH + "/scorecard");
        links.put("strategies", GovernanceContext.STRATEGIES_PATH);
        links.put("childrenLookedAfter", SocialCareContext.PATH + "/children-looked-after");
        links.put("virtualSchool", EducationSkillsContext.PATH + "/virtual-school/children");
        links.put("familyHubs", FamilySupportContext.PATH + "/family-hubs");
        links.put("serviceDirectory", FamilySupportContext.PATH + "/services");
        links.put("healthOrganisations", HealthWellbeingContext.PATH + "/health-organisations");
        links.put("failedEventDeliveries", EVENT_DELIVERIES + "?status=FAILED");
        return Map.of("name", "CYPF — Children, Young People and Families partnership platform", "links", links);
    }

    /**
     * The registry is global to the JVM and {@code getOrCreate} keeps a gauge already registered under the name, so
     * a gauge left by an earlier instance (a restart in the same JVM, a test) would go on reading that instance's
     * closed pool. Any such gauge is replaced, and {@link #close()} removes these.
     */
    private static List<Meter> registerEventMetrics(EventDispatcher dispatcher) {
        var registry = Metrics.globalRegistry();
        registry.remove(FAILED_DELIVERIES, List.of());
        registry.remove(PENDING_DELIVERIES, List.of());
        Meter failed = registry.getOrCreate(Gauge.builder(FAILED_DELIVERIES, () -> dispatcher.backlog().failed())
                .description("Event deliveries that exhausted their retries and wait for an operator"));
        Meter pending = registry.getOrCreate(Gauge.builder(PENDING_DELIVERIES, () -> dispatcher.backlog().pending())
                .description("Event deliveries waiting to be attempted or retried"));
        return List.of(failed, pending);
    }

    /** The notifications adapter in use (for the tests of its configuration). */
    Notifications notifications() {
        return notifications;
    }

    /** The school information system's import, enabled or not (for the tests of its configuration). */
    SchoolSystemSchedule schoolSystem() {
        return schoolSystem;
    }

    /** The initial conference clock, scheduled or not (for the tests of its configuration). */
    ConferenceClock conferenceClock() {
        return conferenceClock;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
        sealer.close();
        schoolSystem.close();
        conferenceClock.close();
        meters.forEach(Metrics.globalRegistry()::remove);
        events.close();
        databases.forEach(ContextDatabase::close);
        if (databaseServer != null) {
            databaseServer.close();
        }
    }

}
