package org.cypf.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInDiagram;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The catalogue of CYPF's architecture rules, for one root package and the classes below it.
 *
 * <p>{@code Rules.of("org.cypf", classes, ...)} checks the real code; {@code Rules.of("canary.ctx01", ...)} checks the
 * canary of CTX-01, a small fixture with a deliberate breach that the rule must reject. The contexts are found in the
 * classes ({@link Layout#derive}). Each rule has a fixed id (never renumbered: a retired rule's id is not reused), a
 * name, a reason an auditor can read, the decision records (docs/adr) it enforces and the exemptions it states. The
 * groups:
 * <ul>
 *   <li>CTX: contexts, what they may use of each other, cycles, the shared kernel and the technical plumbing;</li>
 *   <li>LAYER: the capabilities and layers inside a context and which way they depend;</li>
 *   <li>TECH: where web, database, JSON, configuration, files and network may appear, and who opens connections;</li>
 *   <li>DATA: who may use a context's generated database classes, its migrations, and the rebuild of its records
 *   from storage;</li>
 *   <li>API: what a context publishes is immutable and self-contained;</li>
 *   <li>EVENT: a context publishes only its own events, and names another's only to subscribe;</li>
 *   <li>ACCESS: every use case goes through governance's access port, under its own context's name;</li>
 *   <li>DIAGRAM: the module diagram in docs/architecture/modules.puml tells the truth.</li>
 * </ul>
 */
public final class Rules {

    static final String ADR_CONTEXTS = "docs/adr/0001-modular-monolith-hexagonal-contexts.md";
    static final String ADR_API = "docs/adr/0002-api-artifacts-and-context-dependencies.md";
    static final String ADR_TECH = "docs/adr/0003-technology-confinement.md";
    static final String ADR_SCHEMA = "docs/adr/0004-schema-and-role-per-context.md";
    static final String ADR_EVENTS = "docs/adr/0005-outbox-inbox-events.md";
    static final String ADR_ACCESS = "docs/adr/0006-access-and-audit-ports.md";
    static final String ADR_SNAPSHOT_PAGES = "docs/adr/0113-pages-read-in-one-snapshot.md";
    static final String ADR_RULES = "docs/adr/0007-architecture-rules-and-canaries.md";
    static final String ADR_CAPABILITIES = "docs/adr/0013-capability-first-packages.md";
    static final String ADR_BOUNDARIES = "docs/adr/0014-boundary-rules-and-derived-contexts.md";
    static final String ADR_NAME = "docs/adr/0015-context-name-bound-once.md";
    static final String ADR_AGGREGATES = "docs/adr/0018-aggregates-own-their-changes.md";
    static final String ADR_WEB = "docs/adr/0080-web-pages-in-one-module-over-the-apis.md";
    static final String ADR_SENSITIVITY = "docs/adr/0101-sensitivity-tags-on-published-types.md";
    static final String ADR_WEB_SESSIONS = "docs/adr/0081-web-sessions-by-the-authorisation-code-flow.md";
    static final String ADR_BROKER = "docs/adr/0038-events-on-rabbitmq-for-scale-out.md";
    static final String ADR_DEMO = "docs/adr/0090-synthetic-authority-and-demo-data.md";

    /** Repository path of the module diagram that DIAGRAM-01 and DIAGRAM-02 check. */
    static final String DIAGRAM = "docs/architecture/modules.puml";
    /** Repository path of the migrations, one folder per schema, that DATA-03 reads. */
    static final String MIGRATIONS = "db/migrations/src/main/resources/db/migration";

    static final String[] HELIDON = {"io.helidon.."};
    static final String[] DATABASE = {
        "org.jooq..", "java.sql..", "javax.sql..", "com.zaxxer..", "org.postgresql..", "org.flywaydb..", "io.zonky.."
    };
    static final String[] JACKSON = {"com.fasterxml.jackson.."};
    static final String[] TEMPLATES = {"gg.jte.."};
    static final String[] BROKER = {"com.rabbitmq.."};

    private final Layout layout;
    private final Path diagram;
    private final Path migrations;
    private final Sentences sentences;
    private final SourceImports sources = SourceImports.ofRepository();
    private final List<ArchitectureRule> rules;

    private Rules(Layout layout, Path diagram, Path migrations) {
        this.layout = layout;
        this.diagram = diagram;
        this.migrations = migrations;
        this.sentences = new Sentences(layout);
        this.rules = List.copyOf(build());
    }

    /**
     * The rules for {@code classes} below {@code root}, its contexts found in those classes; the diagram rules check
     * {@code diagram}, DATA-03 the migrations in {@code migrations}.
     */
    public static Rules of(String root, Iterable<JavaClass> classes, Path diagram, Path migrations) {
        return new Rules(Layout.derive(root, classes), diagram, migrations);
    }

    /** The rules for the real code, checked against the repository's module diagram and migrations. */
    public static Rules forCode(String root, Iterable<JavaClass> classes) {
        return of(root, classes, locate(DIAGRAM), locate(MIGRATIONS));
    }

    public List<ArchitectureRule> all() {
        return rules;
    }

    public ArchitectureRule byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No rule " + id));
    }

    Layout layout() {
        return layout;
    }

    Path diagram() {
        return diagram;
    }

    /** Finds a repository path from the working directory (the module's folder under Maven) upwards. */
    static Path locate(String repositoryPath) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(repositoryPath);
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return Path.of("..").resolve(repositoryPath).toAbsolutePath().normalize();
    }

    // ------------------------------------------------------------------------------------------ selections

    private static DescribedPredicate<JavaClass> those(String description, Predicate<JavaClass> predicate) {
        return describe(description, predicate);
    }

    private DescribedPredicate<JavaClass> inContexts() {
        return those("classes of every context", c -> layout.contextOf(c).isPresent());
    }

    private DescribedPredicate<JavaClass> inLayers(String description, String... layers) {
        return those(description, c -> layout.isInAnyLayer(c, layers));
    }

    private DescribedPredicate<JavaClass> inPackages(String description, String... packages) {
        com.tngtech.archunit.core.domain.PackageMatchers matchers =
                com.tngtech.archunit.core.domain.PackageMatchers.of(packages);
        return those(description, c -> matchers.test(c.getPackageName()));
    }

    private DescribedPredicate<JavaClass> belowRoot() {
        return those("classes below " + layout.root(), c -> c.getPackageName().equals(layout.root())
                || c.getPackageName().startsWith(layout.root() + "."));
    }

    private DescribedPredicate<JavaClass> serviceContexts() {
        return those("classes of the service contexts (all but governance)",
                c -> layout.contextOf(c).filter(x -> !x.equals(Layout.GOVERNANCE)).isPresent());
    }

    private DescribedPredicate<JavaClass> assemblies() {
        return those("the contexts' assembly classes",
                c -> layout.isAssembly(c) && c.getEnclosingClass().isEmpty() && !c.getSimpleName().equals("package-info"));
    }

    private static int count(JavaClasses classes, Predicate<JavaClass> selection) {
        return (int) classes.stream().filter(selection).count();
    }

    // ------------------------------------------------------------------------------------------ the catalogue

    private List<ArchitectureRule> build() {
        Layout l = layout;
        String root = l.root();
        List<ArchitectureRule> r = new ArrayList<>();

        // ---------------------------------------------------------------- CTX: contexts and what they share
        r.add(rule("CTX-01", "Contexts meet only through their api",
                "Each service area (context) keeps its records and its workings to itself. Another area may use only "
                        + "what it publishes in its api: the requests it accepts, the views it returns and the events it "
                        + "announces. So one area can change inside without breaking another, and no area reads another's "
                        + "data behind its back.",
                List.of(ADR_API), List.of(),
                inContexts(), s -> classes().that(s).should(Conditions.notReachIntoAnotherContextsInternals(l))));

        r.add(rule("CTX-02", "Governance depends on no other context",
                "Governance oversees the partnership: who may see what, the audit trail, the measures. It defines the "
                        + "ports the service areas use (access, audit) or provide (measures), and never names a service area "
                        + "itself; the application connects them. Otherwise oversight would be tied to the services it oversees.",
                List.of(ADR_API, ADR_ACCESS), List.of(),
                those("classes of governance", c -> Layout.isIn(c, l.in(Layout.GOVERNANCE, ""))),
                s -> noClasses().that(s)
                        .should().dependOnClassesThat().resideInAnyPackage(l.everyContextExcept(Layout.GOVERNANCE))));

        r.add(sliceRule("CTX-03", "The published apis are free of cycles",
                "An area's api may build only on the shared kernel and governance's api. So the published languages "
                        + "form a clear order, and none can be changed only together with another.",
                List.of(ADR_API), List.of(),
                Conditions.slicePerContext(l, "the api of each context", true)));

        r.add(sliceRule("CTX-04", "Context implementations are free of cycles between contexts",
                "Two areas whose workings depend on each other cannot be understood, tested or changed apart. Two areas "
                        + "may still listen to each other's published events: that is two one-way conversations through "
                        + "their apis, not a cycle, and it is allowed.",
                List.of(ADR_API, ADR_EVENTS),
                List.of("Two contexts subscribing to each other's published events: each depends only on the other's "
                        + "api, which is not part of the implementation slices compared here (ADR 0002)."),
                Conditions.slicePerContext(l, "the implementation of each context (all but its api)", false)));

        r.add(rule("CTX-05", "Only the application uses a context's assembly class",
                "Each area has one assembly class that puts its parts together. Only the application, which starts the "
                        + "platform, may use it; so an area's parts never depend on how they are wired, and there is "
                        + "exactly one place where the platform is assembled.",
                List.of(ADR_CONTEXTS), List.of(),
                inPackages("classes in the contexts' root packages", l.inEveryContext("")),
                s -> classes().that(s).should().onlyHaveDependentClassesThat()
                        .resideInAnyPackage(concat(new String[] {l.pkg("app..")}, l.inEveryContext("")))));

        r.add(rule("CTX-06", "The platform and the database tooling depend on no context and not on the application",
                "The platform (transactions, events, web error pages, JSON) and the database tooling (migrations) serve "
                        + "every area alike. They know no service area and no business word, so a change in one area can "
                        + "never break the plumbing the others use.",
                List.of(ADR_CONTEXTS), List.of(),
                inPackages("classes of the platform and the database tooling", l.pkg("platform.."), l.pkg("db..")),
                s -> noClasses().that(s).should().dependOnClassesThat()
                        .resideInAnyPackage(concat(l.everyContext(), new String[] {l.pkg("app..")}))));

        r.add(rule("CTX-07", "The shared kernel uses only plain Java",
                "The shared kernel holds the few terms every area shares: identifiers, problems, the event and the "
                        + "transaction contracts. It uses nothing but the Java language, so sharing it brings no framework, "
                        + "no database and no other area along.",
                List.of(ADR_CONTEXTS), List.of(),
                inPackages("classes of the shared kernel", l.pkg("kernel..")),
                s -> classes().that(s).should().onlyDependOnClassesThat().resideInAnyPackage("java..", l.pkg("kernel.."))));

        r.add(rule("CTX-08", "Every top-level package is a shared part or a context with its assembly class",
                "The list of areas is not kept by hand: every package directly below the platform's root that is not "
                        + "one of the shared parts (kernel, platform, database tooling, application, test support, web pages) is an "
                        + "area, and every rule applies to it the day it appears. So that a stray package cannot pass for "
                        + "an area, each area must have the class that assembles it.",
                List.of(ADR_BOUNDARIES, ADR_CONTEXTS), List.of(),
                belowRoot(), s -> classes().that(s).should(Conditions.sitInASharedPartOrAnAssembledContext(l))));

        r.add(rule("CTX-09", "Another context's api is used only to subscribe to its events and to call its query ports",
                "An area listens to another's published events, or asks one of the questions the other explicitly offers "
                        + "(a query port). Only the parts whose job that is may do it: an incoming event adapter, or the "
                        + "assembly class that wires a query port in. Anything else of another area's api (its use cases, "
                        + "its commands) stays with that area's own users, so no area drives another's work.",
                List.of(ADR_BOUNDARIES, ADR_API, ADR_EVENTS),
                List.of("Governance's oversight api (access and audit, measures) is the shared language every area "
                                + "speaks: each area checks access and writes the audit trail through it and provides "
                                + "measures for it (ADR 0006). Its other parts (strategies, scorecards) are not exempt.",
                        "The application (org.cypf.app) wires the areas together; CTX-10 says what it may use."),
                inContexts(), s -> classes().that(s).should(Conditions.useAnotherContextsApiOnlyForEventsAndQueryPorts(l))));

        r.add(rule("CTX-10", "The application uses only each context's assembly class and its api",
                "The application starts the platform and wires the areas together. It sees each area only through the "
                        + "class that assembles it and through its published api, never its adapters or workings, so an "
                        + "area can rearrange its inside without touching the application. The check reads the "
                        + "application's source imports as well, since a constant (a web path) leaves no trace in the "
                        + "compiled code.",
                List.of(ADR_BOUNDARIES, ADR_CONTEXTS), List.of(),
                inPackages("classes of the application", l.pkg("app..")),
                s -> classes().that(s).should(Conditions.useOfEachContextOnlyItsAssemblyClassAndApi(l, sources))));

        r.add(rule("CTX-11", "Each context's assembly class states the context's name once",
                "Each area's name (social-care, education-skills, ...) is written in exactly one place, its assembly "
                        + "class, from which its events are published and its accesses audited. The name must be the "
                        + "area's own, so nothing can be published or audited under another area's name by a slip of "
                        + "the pen.",
                List.of(ADR_NAME, ADR_BOUNDARIES, ADR_EVENTS, ADR_ACCESS), List.of(),
                assemblies(), s -> classes().that(s).should(Conditions.stateTheContextsName(l))));

        // ---------------------------------------------------------------- LAYER: inside a context
        r.add(rule("LAYER-01", "A context's root package holds only its assembly class",
                "The top of each area holds one thing: the class that assembles it (named after the area, ending in "
                        + "Context). Everything else has its place in a part below, where the other rules see it.",
                List.of(ADR_CONTEXTS, ADR_CAPABILITIES), List.of(),
                those("classes in the contexts' root packages (package-info aside)",
                        c -> l.isInContextRoot(c) && !c.getSimpleName().equals("package-info")),
                s -> classes().that(s).should(Conditions.beTheAssemblyClassOrNestedInIt(l))));

        r.add(rule("LAYER-02", "Every class of a context sits in one of its known parts",
                "Every area has the same shape: its api, the class that assembles it, and one room per business "
                        + "capability, each with the same layers: domain (the business rules), application (the use "
                        + "cases), ports, incoming adapters (web, event subscribers) and outgoing adapters (database, "
                        + "files). Whoever knows one area finds their way in all, and no class escapes the rules by "
                        + "sitting somewhere else.",
                List.of(ADR_CAPABILITIES, ADR_CONTEXTS),
                List.of("A package-info in a capability's own package, which describes the capability."),
                inContexts(), s -> classes().that(s).should(Conditions.sitInAKnownPartOfTheirContext(l))));

        r.add(rule("LAYER-03", "The domain depends only on Java, the kernel and its own context's domain",
                "The domain holds an area's business rules. It knows nothing of the screens, the database, the other "
                        + "areas or even the use cases that drive it, so the rules can be read, tested and trusted on their "
                        + "own. A capability's rules may build on another capability's rules of the same area.",
                List.of(ADR_CONTEXTS, ADR_CAPABILITIES), List.of(),
                inLayers("domain classes of every capability", "domain"),
                s -> classes().that(s).should(Conditions.onlyDependOn(l, "Java, the kernel and their own context's domain",
                        c -> List.of("java..", l.pkg("kernel.."), l.inCapabilities(c, "domain.."))))));

        r.add(rule("LAYER-04", "The application and its ports depend only on their own context, governance's api and the kernel",
                "The application carries out an area's use cases: it applies the domain's rules, checks access and "
                        + "writes the audit trail through governance's api, and reaches storage only through ports it "
                        + "defines itself. It never calls another area directly: listening to another area's events is the "
                        + "job of an incoming event adapter. The ports it defines are held to the same limits.",
                List.of(ADR_CONTEXTS, ADR_ACCESS, ADR_EVENTS, ADR_CAPABILITIES), List.of(),
                inLayers("application and port classes of every capability", "application", "port"),
                s -> classes().that(s).should(Conditions.onlyDependOn(l,
                        "Java, the kernel, governance's api and their own context's domain, application, ports and api",
                        c -> List.of("java..", l.pkg("kernel.."), l.in(Layout.GOVERNANCE, "api.."),
                                l.inCapabilities(c, "domain.."), l.inCapabilities(c, "application.."),
                                l.inCapabilities(c, "port.."), l.in(c, "api.."))))));

        r.add(rule("LAYER-05", "The domain, the application and the ports never depend on adapters",
                "Adapters connect an area to the outside world (web, database, other areas' events). They depend on the "
                        + "business code, never the reverse, so the outside world can change without touching the business rules.",
                List.of(ADR_CONTEXTS, ADR_CAPABILITIES), List.of(),
                inLayers("domain, application and port classes of every capability", "domain", "application", "port"),
                s -> noClasses().that(s).should().dependOnClassesThat(
                        inLayers("adapters of any capability", "adapter"))));

        r.add(rule("LAYER-06", "Incoming adapters never depend on outgoing adapters",
                "A web page or an event subscriber goes through the area's use cases, never straight to the database, so "
                        + "every access passes the same checks and leaves the same audit trail.",
                List.of(ADR_CONTEXTS, ADR_ACCESS), List.of(),
                inLayers("incoming adapters of every capability", "adapter.in"),
                s -> noClasses().that(s).should().dependOnClassesThat(
                        inLayers("outgoing adapters of any capability", "adapter.out"))));

        r.add(sliceRule("LAYER-07", "The capabilities inside a context are free of cycles",
                "Each capability of an area (the front door, child protection, children in care, ...) is one room. A "
                        + "room may use another, and all may use the area's shared room, but no two rooms may depend on "
                        + "each other in a circle; otherwise one could not be understood, changed or moved without the other.",
                List.of(ADR_CAPABILITIES), List.of("The api and the assembly class are not capabilities and are left out."),
                Conditions.slicePerCapability(l)));

        // ---------------------------------------------------------------- TECH: where technology may appear
        r.add(rule("TECH-01", "The web server library is used only by web adapters, the platform's web part, the pages' web part and the application",
                "The web server (Helidon) is a replaceable tool. Confining it to the web adapters, the platform's web "
                        + "support, the web part of the pages and the application keeps the business code free of it and "
                        + "makes a change of tool a local job.",
                List.of(ADR_TECH, ADR_WEB), List.of(),
                those("classes below the root, except web adapters, the platform's web part, the pages' web part and the application",
                        c -> c.getPackageName().startsWith(root + ".") && !l.isInLayer(c, "adapter.in.http")
                                && !Layout.isIn(c, l.pkg("platform.http")) && !Layout.isIn(c, l.pkg("web.http"))
                                && !Layout.isIn(c, l.pkg("app"))),
                s -> noClasses().that(s).should().dependOnClassesThat().resideInAnyPackage(HELIDON)));

        r.add(rule("TECH-02", "Database technology is used only by persistence adapters, the platform and the database tooling",
                "Only the parts whose job is storage talk to the database (SQL through jOOQ, JDBC, the connection pool, "
                        + "migrations). Business rules hold no SQL, so each area's data handling can be reviewed in one place.",
                List.of(ADR_TECH, ADR_SCHEMA), List.of(),
                those("classes below the root, except persistence adapters, the platform and the database tooling",
                        c -> c.getPackageName().startsWith(root + ".") && !l.isInLayer(c, "adapter.out.persistence")
                                && !Layout.isIn(c, l.pkg("platform")) && !Layout.isIn(c, l.pkg("db"))),
                s -> noClasses().that(s).should().dependOnClassesThat().resideInAnyPackage(DATABASE)));

        r.add(rule("TECH-03", "The JSON library is used only by adapters and the platform",
                "How data is written as JSON for the web or for events is a detail of the edges. Business records and "
                        + "published apis carry no JSON annotations, so they mean the same whatever format carries them.",
                List.of(ADR_TECH), List.of(),
                those("classes below the root, except adapters and the platform",
                        c -> c.getPackageName().startsWith(root + ".") && !l.isInLayer(c, "adapter")
                                && !Layout.isIn(c, l.pkg("platform"))),
                s -> noClasses().that(s).should().dependOnClassesThat().resideInAnyPackage(JACKSON)));

        r.add(rule("TECH-04", "Configuration, environment, files and network are reached only by adapters and the application",
                "Business rules, use cases, ports, published apis and the shared kernel work on what they are given. "
                        + "Reading settings or the environment, files, the network or other programs is the job of the "
                        + "edges (adapters) and of the application that starts everything, so the business code behaves "
                        + "the same on every machine and can be tested without one.",
                List.of(ADR_BOUNDARIES, ADR_TECH),
                List.of("Reading a resource packaged with the code (Class.getResourceAsStream, e.g. the code lists "
                        + "social care's domain ships) is not configuration and is allowed."),
                those("domain, application, port and api classes, and the shared kernel",
                        c -> l.isInAnyLayer(c, "domain", "application", "port") || l.isInApi(c)
                                || Layout.isIn(c, l.pkg("kernel"))),
                s -> classes().that(s).should(Conditions.notReachConfigurationEnvironmentFilesOrNetwork(l))));

        r.add(rule("TECH-05", "Only the application and the database tooling open database connections",
                "Who may connect to the database, and as which role, is decided in one place: the application opens "
                        + "one pool per area, each running as that area's own database role, and the database tooling "
                        + "runs the migrations. No area, and no other part of the platform, opens a connection of its own "
                        + "(a pool, a driver, an embedded server, a data source), so none can step around its role.",
                List.of(ADR_BOUNDARIES, ADR_SCHEMA),
                List.of("The platform's ContextDatabase (platform.db) builds the pool the application asks for "
                                + "(ContextDatabase.open), logging in and switching every connection to the area's role: "
                                + "the privilege boundary of ADR 0004 in one class. Only the application calls open.",
                        "Test support (org.cypf.testing) creates throw-away test databases; it is never part of the "
                                + "running platform."),
                those("classes below the root, except the application, the database tooling, test support and "
                                + "ContextDatabase",
                        c -> c.getPackageName().startsWith(root + ".") && !Layout.isIn(c, l.pkg("app"))
                                && !Layout.isIn(c, l.pkg("db")) && !Layout.isIn(c, l.pkg("testing"))
                                && !Layout.topLevel(c).getName().equals(l.contextDatabase())),
                s -> classes().that(s).should(Conditions.openNoDatabaseConnection(l))));

        r.add(rule("TECH-06", "The message broker's client is used only by the platform's broker adapter",
                "Events travel inside the database by default (the outbox and the dispatcher). Where a partnership "
                        + "scales out, RabbitMQ carries them instead, and its client library appears in one adapter of "
                        + "the platform only. So no area depends on a broker, an area's events keep the same guarantees "
                        + "whichever way they travel, and the broker could be replaced in one place.",
                List.of(ADR_TECH, ADR_BROKER), List.of(),
                those("classes below the root, except the platform's broker adapter",
                        c -> c.getPackageName().startsWith(root + ".")
                                && !Layout.isIn(c, l.pkg("platform.events.rabbitmq"))),
                s -> noClasses().that(s).should().dependOnClassesThat().resideInAnyPackage(BROKER)));

        // ---------------------------------------------------------------- DATA: ownership of the data
        r.add(rule("DATA-01", "A context's generated database classes are used only by its own persistence adapters",
                "Each area owns its database schema. The classes generated from its tables are used only by that area's "
                        + "persistence adapters, so no other code, and no other area, can read or change its tables.",
                List.of(ADR_SCHEMA, ADR_CAPABILITIES), List.of(),
                inLayers("generated jOOQ classes of every context", "adapter.out.persistence.jooq"),
                s -> classes().that(s).should(Conditions.onlyBeUsedFromOwnContextLayer(l, "adapter.out.persistence",
                        "their own context's persistence adapters"))));

        r.add(rule("DATA-02", "Table classes live only in a context's generated database classes",
                "A class that stands for a database table exists only where the code generator puts it, inside the "
                        + "owning area's shared persistence adapter, so every table has one owner that can be seen from the code.",
                List.of(ADR_SCHEMA, ADR_CAPABILITIES), List.of(),
                describe("jOOQ table classes below the root",
                        (JavaClass c) -> c.getPackageName().startsWith(root + ".")
                                && (assignableTo("org.jooq.impl.TableImpl").test(c)
                                        || assignableTo("org.jooq.impl.TableRecordImpl").test(c))),
                s -> classes().that(s).should(Conditions.sitInTheirContextsGeneratedClasses(l))));

        r.add(new ArchitectureRule("DATA-03", "A context's migrations name no other context's schema",
                "Each area's tables are created by its own migration scripts, in its own schema. A script that named "
                        + "another area's schema would create or change that area's tables behind its back, and could "
                        + "not be reviewed with the area it belongs to.",
                List.of(ADR_BOUNDARIES, ADR_SCHEMA),
                List.of("A schema may grant its own tables to other roles (cypf_<area>): role names are not schema "
                        + "references. The grants that make up the privilege model are applied by the database tooling."),
                new MigrationCheck(migrations, description("DATA-03", "A context's migrations name no other context's schema",
                        "Each area's tables are created by its own migration scripts, in its own schema. A script that "
                                + "named another area's schema would create or change that area's tables behind its "
                                + "back, and could not be reviewed with the area it belongs to.",
                        List.of(ADR_BOUNDARIES, ADR_SCHEMA)))));

        r.add(rule("DATA-04", "Only persistence adapters rebuild records from storage",
                "A record (a contact, a plan, a referral) is made or changed only by its own business rules, which "
                        + "check what is asked, move its version and say what happened. Rebuilding one from what was "
                        + "stored skips those checks, because they held when it was stored; so that way in (marked "
                        + "@Rebuild) is kept for the persistence adapters that read storage. A use case, a web page or "
                        + "an event subscriber that took it could make a record no rule ever checked.",
                List.of(ADR_AGGREGATES, ADR_SCHEMA),
                List.of("Tests may rebuild a record to set up a case: they are not part of the checked production code.",
                        "A constructor or method that is not marked @Rebuild is not covered (a record not yet given "
                                + "a rebuild factory is rebuilt through its constructor until it is)."),
                those("classes below the root, except persistence adapters",
                        c -> c.getPackageName().startsWith(root + ".") && !l.isInLayer(c, "adapter.out.persistence")),
                s -> classes().that(s).should(Conditions.callNoRebuild(l))));

        r.add(rule("DATA-05", "No value tagged as personal data is written to a log or a metric label",
                "Logs and metrics are read by operators and kept by monitoring tools outside the access policy and its "
                        + "audit. A child's identifier, date of birth, postcode or a service's finding about them "
                        + "(tagged @Sensitive on the published types) must reach people only through an authorised, "
                        + "audited read, so a method that reads such a value may not also write a log line, print, or "
                        + "label a metric.",
                List.of(ADR_SENSITIVITY, ADR_ACCESS),
                List.of("The rule reads one method or lambda at a time: a tagged value handed to another method, or "
                        + "kept in a variable of another type, before it is logged is not seen; reviews cover that."),
                those("classes below the root", c -> c.getPackageName().startsWith(root + ".")),
                s -> classes().that(s).should(Conditions.logAndLabelNoSensitiveValue(l))));

        r.add(rule("DATA-06", "Every use case that answers a page reads it in one snapshot",
                "A page of a list (an answer named ...Page, or any answer that states a total) is answered with the "
                        + "total of every page, counted by a second statement beside the "
                        + "one that reads the page's records. Read in one ordinary transaction, a change committed "
                        + "between the two makes them disagree: a child who left care between them once made a page of "
                        + "the virtual school's roll hold more children than its total, and the request fail. Reading "
                        + "both in one snapshot (UnitOfWork.inSnapshot: the records as they were at its first "
                        + "statement) makes every page agree with its total. The check follows each use case through "
                        + "its own class's methods and lambdas.",
                List.of(ADR_SNAPSHOT_PAGES, ADR_CAPABILITIES),
                List.of("A page read by a nested call joins the unit of work already open, and so reads at its level; "
                                + "the use cases open their own.",
                        "The check proves that each use case can reach the snapshot, not that every read of the page "
                                + "is inside it."),
                those("application classes of every context",
                        c -> l.isInLayer(c, "application") && l.contextOf(c).isPresent()),
                s -> classes().that(s).should(Conditions.readEveryPageInOneSnapshot(l))));

        // ---------------------------------------------------------------- API: what a context publishes
        DescribedPredicate<JavaClass> api = those("api classes of every context", l::isInApi);
        r.add(rule("API-01", "Published api types are records, interfaces, enums or annotations",
                "What an area publishes (requests, views, events, the operations it offers) is a fixed statement: once "
                        + "made it cannot change under the reader. Only value types (records, enums) and contracts "
                        + "(interfaces) are published.",
                List.of(ADR_API), List.of(),
                those("api classes of every context (package-info aside)",
                        c -> l.isInApi(c) && !c.getSimpleName().equals("package-info")),
                s -> classes().that(s).should(Conditions.beARecordInterfaceEnumOrAnnotation())));

        r.add(rule("API-02", "Fields of published api types are final and hold no arrays",
                "A published value cannot be altered after it is made: its fields are fixed, and none is an array "
                        + "whose contents anyone could overwrite.",
                List.of(ADR_API), List.of(),
                api, s -> fields().that().areDeclaredInClassesThat(s).and().areNotStatic()
                        .should(Conditions.beFinalAndNotAnArray())));

        r.add(rule("API-03", "An api depends only on Java, the kernel, itself and governance's api",
                "An area's api is a small published language that others build on. It uses only plain Java, the shared "
                        + "kernel and governance's api, so depending on it never pulls in the area's workings or any "
                        + "technology.",
                List.of(ADR_API), List.of(),
                api, s -> classes().that(s).should(Conditions.onlyDependOn(l,
                        "Java, the kernel, governance's api and their own context's api",
                        c -> List.of("java..", l.pkg("kernel.."), l.in(Layout.GOVERNANCE, "api.."), l.in(c, "api.."))))));

        r.add(rule("API-04", "Published records copy the lists, sets and maps they are given",
                "A published value that holds a list, a set or a map keeps its own unchangeable copy, made when the value "
                        + "is made. Otherwise whoever built it could still add to or remove from it afterwards, and a view "
                        + "or an event would change under its reader.",
                List.of(ADR_BOUNDARIES, ADR_API),
                List.of("The copy must be made in the record's canonical constructor (List.copyOf, Set.copyOf, "
                        + "Map.copyOf or Collections.unmodifiable...), at least one per list, set or map it holds, "
                        + "directly or through a helper method of the same api type that makes it."),
                those("records in the apis of every context", c -> l.isInApi(c) && c.isRecord()),
                s -> classes().that(s).should(Conditions.copyTheirCollectionsOnConstruction(l))));

        // ---------------------------------------------------------------- EVENT: own events only
        r.add(rule("EVENT-01", "A context names another context's events only to subscribe to them",
                "An area announces its own facts, never another's: only the part that subscribes to another area's "
                        + "events (an incoming event adapter) may name them. So no area can publish, or build, a fact in "
                        + "another area's name.",
                List.of(ADR_BOUNDARIES, ADR_EVENTS), List.of(),
                inContexts(), s -> classes().that(s).should(Conditions.notNameAnotherContextsEvents(l))));

        r.add(rule("EVENT-02", "A context's events live in its api's event package and carry its name",
                "Every event an area publishes sits in its api's event package and its published name starts with the "
                        + "area's own name (social-care.child-entered-care). The outbox refuses, when the program runs, "
                        + "an event whose name is not the publishing area's, so the name is the proof of who said it.",
                List.of(ADR_NAME, ADR_BOUNDARIES, ADR_EVENTS), List.of(),
                those("published events (@PublishedEvent) below the root",
                        c -> c.getPackageName().startsWith(root + ".") && c.isAnnotatedWith(l.publishedEvent())),
                s -> classes().that(s).should(Conditions.beAnEventOfTheirOwnContext(l))));

        r.add(rule("EVENT-03", "Only a context's assembly class makes its event publisher",
                "The publisher of an area's events is bound to the area's name once, in the class that assembles the "
                        + "area, and handed to the use cases that publish. No other part of the area makes one, so no "
                        + "part can publish under a name of its choosing.",
                List.of(ADR_NAME, ADR_BOUNDARIES, ADR_EVENTS), List.of(),
                those("classes of every context except the assembly class",
                        c -> l.contextOf(c).isPresent() && !l.isAssembly(c)),
                s -> noClasses().that(s).should().dependOnClassesThat().haveFullyQualifiedName(l.outboxPublisher())));

        // ---------------------------------------------------------------- ACCESS: the door to a child's record
        r.add(rule("ACCESS-01", "Every use case that takes a caller goes through the access port",
                "Each time someone reads or changes a child's record, governance's access port decides whether they "
                        + "may, and the decision is written to the audit trail. Every use case that is told who is "
                        + "asking must therefore call that port; a use case that does not would read or change records "
                        + "unseen. The check follows each use case through its own class's methods and lambdas.",
                List.of(ADR_BOUNDARIES, ADR_ACCESS),
                List.of("Governance: it implements the access port itself, and its own use cases act on the partnership's "
                                + "strategies and scorecards, never on a child's record.",
                        "The check proves that each use case can reach the port, not that every path through it does; "
                                + "the order (authorise before reading) is shown by each area's tests of the audit trail."),
                those("application classes of the service contexts",
                        c -> l.isInLayer(c, "application") && l.contextOf(c).filter(x -> !x.equals(Layout.GOVERNANCE))
                                .isPresent()),
                s -> classes().that(s).should(Conditions.takeEveryCallerThroughTheAccessPort(l))));

        r.add(rule("ACCESS-02", "A context audits accesses only under its own name",
                "Every access an area's use cases authorise is written to the audit trail under that area's name, bound "
                        + "once in the class that assembles it. Only that class handles governance's unbound port and the "
                        + "intent that carries an area's name; the use cases get the port bound to their area, so none can "
                        + "be audited as another area.",
                List.of(ADR_NAME, ADR_BOUNDARIES, ADR_ACCESS),
                List.of("Governance: it implements the access port and writes the audit trail."),
                those("classes of the service contexts except the assembly class",
                        c -> l.contextOf(c).filter(x -> !x.equals(Layout.GOVERNANCE)).isPresent() && !l.isAssembly(c)),
                s -> noClasses().that(s).should().dependOnClassesThat()
                        .haveFullyQualifiedName(l.childRecordAccess())
                        .orShould().dependOnClassesThat().haveFullyQualifiedName(l.accessIntent())));

        // ---------------------------------------------------------------- WEB: the pages stay at the edge
        r.add(rule("WEB-01", "The pages use of each context only its published api",
                "The web pages show the partnership's records to people; they must show what the contexts publish and "
                        + "nothing else. Reading only the api artifacts (the same use cases the HTTP api calls) means every "
                        + "read of a child's record is authorised and audited by the context itself, and no page can "
                        + "reach a context's domain, its tables or its workings.",
                List.of(ADR_WEB, ADR_API), List.of(),
                inPackages("classes of the web pages", l.pkg("web..")),
                s -> noClasses().that(s).should().dependOnClassesThat(those("classes of a context outside its api",
                        c -> l.contextOf(c).isPresent() && !l.isInApi(c)))));

        r.add(rule("WEB-02", "Only the application uses the pages",
                "The pages sit at the very edge: no context, no shared part and no published api may depend on them, so "
                        + "a page can never become a place where business rules live or where a context learns about "
                        + "another. The application mounts them, and that is all.",
                List.of(ADR_WEB), List.of(),
                those("classes below the root, except the web pages and the application",
                        c -> c.getPackageName().startsWith(root + ".") && !Layout.isIn(c, l.pkg("web"))
                                && !Layout.isIn(c, l.pkg("app"))),
                s -> noClasses().that(s).should().dependOnClassesThat().resideInAnyPackage(l.pkg("web.."))));

        r.add(rule("WEB-03", "The template engine is used only by the pages' web part and their compiled templates",
                "How a page is written as HTML (jte's templates) is a detail of the pages. Keeping the engine out of "
                        + "everything else means the reading of the apis, the page models and the charts are plain Java "
                        + "that tests can read, and a change of engine touches one package.",
                List.of(ADR_WEB, ADR_TECH), List.of(),
                those("classes below the root, except the pages' web part and compiled templates",
                        c -> c.getPackageName().startsWith(root + ".") && !Layout.isIn(c, l.pkg("web.http"))
                                && !Layout.isIn(c, l.pkg("web.templates"))),
                s -> noClasses().that(s).should().dependOnClassesThat().resideInAnyPackage(TEMPLATES)));

        r.add(rule("WEB-04", "The pages' reading, models, charts and sessions use no web server",
                "What a page shows is decided in plain Java (reading the apis, models, trend charts, sign-in and "
                        + "sessions) and only handed to the web server by the pages' web part. So it can be tested without "
                        + "a server, and the cookie and form handling sits in one place to review.",
                List.of(ADR_WEB, ADR_WEB_SESSIONS, ADR_TECH), List.of(),
                those("classes of the web pages, except their web part",
                        c -> Layout.isIn(c, l.pkg("web")) && !Layout.isIn(c, l.pkg("web.http"))),
                s -> noClasses().that(s).should().dependOnClassesThat().resideInAnyPackage(HELIDON)));

        // ---------------------------------------------------------------- DEMO: made data goes through the front door
        r.add(rule("DEMO-01", "The demo data generator uses of each context only its published api",
                "The synthetic authority (demo data, the benchmarks' large authority) must be data a practitioner could "
                        + "have entered: every record checked by the context's own rules, authorised, audited and "
                        + "published to the other contexts. Calling only the api artifacts' use cases guarantees that; "
                        + "reaching a domain class or a table would make records no real user could make.",
                List.of(ADR_DEMO, ADR_API), List.of(),
                inPackages("classes of the demo data generator", l.pkg("demo..")),
                s -> noClasses().that(s).should().dependOnClassesThat(those("classes of a context outside its api",
                        c -> l.contextOf(c).isPresent() && !l.isInApi(c)))));

        r.add(rule("DEMO-02", "Only the application uses the demo data generator",
                "Demo data is loaded only when the person running CYPF asks for it, and never beside real records. "
                        + "Keeping the generator out of every context, shared part and api means the only way in is the "
                        + "application's start, which refuses it with a real issuer.",
                List.of(ADR_DEMO), List.of(),
                those("classes below the root, except the generator and the application",
                        c -> c.getPackageName().startsWith(root + ".") && !Layout.isIn(c, l.pkg("demo"))
                                && !Layout.isIn(c, l.pkg("app"))),
                s -> noClasses().that(s).should().dependOnClassesThat().resideInAnyPackage(l.pkg("demo.."))));

        // ---------------------------------------------------------------- DIAGRAM: the picture tells the truth
        r.add(rule("DIAGRAM-01", "Dependencies between contexts are those drawn in the module diagram",
                "The module diagram (docs/architecture/modules.puml) is what people read to learn which area uses which. "
                        + "It is checked against the code on every build, so it can never silently fall out of date: a new "
                        + "dependency between areas needs a new arrow, reviewed like any change.",
                List.of(ADR_RULES, ADR_API), List.of(),
                inContexts(), s -> classes().that(s).should(diagramCondition())));

        r.add(rule("DIAGRAM-02", "Every context is drawn in the module diagram",
                "The diagram check only sees the areas drawn in it. Requiring every area to be drawn keeps a forgotten "
                        + "or removed box from hiding that area's dependencies.",
                List.of(ADR_RULES), List.of(),
                inContexts(), s -> classes().that(s).should(drawnInDiagramCondition())));

        return r;
    }

    private static String description(String id, String name, String reason, List<String> adrs) {
        return id + " " + name + ", because " + reason + " (see " + String.join(", ", adrs) + ")";
    }

    private ArchitectureRule rule(String id, String name, String reason, List<String> adrs, List<String> exemptions,
                                  DescribedPredicate<JavaClass> selection,
                                  java.util.function.Function<DescribedPredicate<JavaClass>, ArchRule> rule) {
        ArchRule described = rule.apply(selection).as(id + " " + name)
                .because(reason + " (see " + String.join(", ", adrs) + ")")
                .allowEmptyShould(false);
        return new ArchitectureRule(id, name, reason, adrs, exemptions,
                new ClassCheck(described, classes -> count(classes, selection), sentences));
    }

    private ArchitectureRule sliceRule(String id, String name, String reason, List<String> adrs, List<String> exemptions,
                                       SliceAssignment assignment) {
        ArchRule described = slices().assignedFrom(assignment).should().beFreeOfCycles().as(id + " " + name)
                .because(reason + " (see " + String.join(", ", adrs) + ")")
                .allowEmptyShould(false);
        Predicate<JavaClass> sliced = c -> !assignment.getIdentifierOf(c).equals(SliceIdentifier.ignore());
        return new ArchitectureRule(id, name, reason, adrs, exemptions,
                new ClassCheck(described, classes -> count(classes, sliced), sentences));
    }

    private ArchCondition<JavaClass> diagramCondition() {
        if (!Files.isRegularFile(diagram)) {
            return Conditions.failBecause("adhere to " + DIAGRAM, "The module diagram was not found at " + diagram);
        }
        try {
            return adhereToPlantUmlDiagram(diagram, consideringOnlyDependenciesInDiagram());
        } catch (RuntimeException e) {
            return Conditions.failBecause("adhere to " + DIAGRAM,
                    "The module diagram " + diagram + " could not be read: " + e.getMessage());
        }
    }

    private ArchCondition<JavaClass> drawnInDiagramCondition() {
        Set<String> stereotypes;
        try {
            stereotypes = componentPackages(diagram);
        } catch (IOException e) {
            return Conditions.failBecause("be drawn in " + DIAGRAM, "The module diagram was not found at " + diagram);
        }
        if (stereotypes.isEmpty()) {
            return Conditions.failBecause("be drawn in " + DIAGRAM, "The module diagram " + diagram + " has no component");
        }
        return com.tngtech.archunit.lang.conditions.ArchConditions.resideInAnyPackage(stereotypes.toArray(String[]::new))
                .as("be drawn in a component of " + DIAGRAM + " " + stereotypes);
    }

    private static final Pattern COMPONENT = Pattern.compile("^\\s*(?:component\\s*)?\\[[^\\[\\]]+]\\s*(.*)$");
    private static final Pattern STEREOTYPE = Pattern.compile("<<([^<>]+)>>");

    /** The package patterns of the diagram's components (their stereotypes), e.g. {@code ..socialcare..}. */
    static Set<String> componentPackages(Path diagram) throws IOException {
        Set<String> packages = new LinkedHashSet<>();
        for (String line : Files.readAllLines(diagram)) {
            if (line.stripLeading().startsWith("'")) {
                continue;
            }
            Matcher component = COMPONENT.matcher(line);
            if (component.matches()) {
                Matcher stereotype = STEREOTYPE.matcher(component.group(1));
                while (stereotype.find()) {
                    packages.add(stereotype.group(1).trim());
                }
            }
        }
        return packages;
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
