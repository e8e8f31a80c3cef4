package org.cypf.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInDiagram;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;

import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The catalogue of CYPF's architecture rules, for one root package.
 *
 * <p>{@code Rules.forRoot("org.cypf")} checks the real code; {@code Rules.forRoot("canary.ctx01")} checks the canary
 * of CTX-01, a small fixture with a deliberate breach that the rule must reject. Each rule has a fixed id (never
 * renumbered: a retired rule's id is not reused), a name, a reason an auditor can read and the decision records
 * (docs/adr) it enforces. The groups:
 * <ul>
 *   <li>CTX: contexts, what they may use of each other, cycles, the shared kernel and the technical plumbing;</li>
 *   <li>LAYER: the parts inside a context and which way they depend;</li>
 *   <li>TECH: where web, database and JSON technology may appear;</li>
 *   <li>DATA: who may use a context's generated database classes;</li>
 *   <li>API: what a context publishes is immutable and self-contained;</li>
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
    static final String ADR_RULES = "docs/adr/0007-architecture-rules-and-canaries.md";

    /** Repository path of the module diagram that DIAGRAM-01 and DIAGRAM-02 check. */
    static final String DIAGRAM = "docs/architecture/modules.puml";

    static final String[] HELIDON = {"io.helidon.."};
    static final String[] DATABASE = {
        "org.jooq..", "java.sql..", "javax.sql..", "com.zaxxer..", "org.postgresql..", "org.flywaydb..", "io.zonky.."
    };
    static final String[] JACKSON = {"com.fasterxml.jackson.."};

    private final Layout layout;
    private final Path diagram;
    private final List<ArchitectureRule> rules;

    private Rules(Layout layout, Path diagram) {
        this.layout = layout;
        this.diagram = diagram;
        this.rules = List.copyOf(build());
    }

    /** The rules for the code below {@code root}, checked against the repository's docs/architecture/modules.puml. */
    public static Rules forRoot(String root) {
        return new Rules(Layout.under(root), locateDiagram());
    }

    /** The rules for the code below {@code root}, with the diagram rules checking {@code diagram}. */
    public static Rules forRoot(String root, Path diagram) {
        return new Rules(Layout.under(root), diagram);
    }

    public List<ArchitectureRule> all() {
        return rules;
    }

    public ArchitectureRule byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No rule " + id));
    }

    Path diagram() {
        return diagram;
    }

    /** Finds docs/architecture/modules.puml from the working directory (the module's folder under Maven) upwards. */
    static Path locateDiagram() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(DIAGRAM);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return Path.of("..").resolve(DIAGRAM).toAbsolutePath().normalize();
    }

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
                List.of(ADR_API),
                classes().that().resideInAnyPackage(l.everyContext())
                        .should(Conditions.notReachIntoAnotherContextsInternals(l))));

        r.add(rule("CTX-02", "Governance depends on no other context",
                "Governance oversees the partnership: who may see what, the audit trail, the measures. It defines the "
                        + "ports the service areas use (access, audit) or provide (measures), and never names a service area "
                        + "itself; the application connects them. Otherwise oversight would be tied to the services it oversees.",
                List.of(ADR_API, ADR_ACCESS),
                noClasses().that().resideInAPackage(l.in(Layout.GOVERNANCE, ".."))
                        .should().dependOnClassesThat().resideInAnyPackage(l.everyContextExcept(Layout.GOVERNANCE))));

        r.add(rule("CTX-03", "The published apis are free of cycles",
                "An area's api may build only on the shared kernel and governance's api. So the published languages "
                        + "form a clear order, and none can be changed only together with another.",
                List.of(ADR_API),
                slices().assignedFrom(Conditions.slicePerContext(l, "the api of each context", true))
                        .should().beFreeOfCycles()));

        r.add(rule("CTX-04", "Context implementations are free of cycles between contexts",
                "Two areas whose workings depend on each other cannot be understood, tested or changed apart. Two areas "
                        + "may still listen to each other's published events: that is two one-way conversations through "
                        + "their apis, not a cycle, and it is allowed.",
                List.of(ADR_API, ADR_EVENTS),
                slices().assignedFrom(Conditions.slicePerContext(l, "the implementation of each context (all but its api)", false))
                        .should().beFreeOfCycles()));

        r.add(rule("CTX-05", "Only the application uses a context's assembly class",
                "Each area has one assembly class that puts its parts together. Only the application, which starts the "
                        + "platform, may use it; so an area's parts never depend on how they are wired, and there is "
                        + "exactly one place where the platform is assembled.",
                List.of(ADR_CONTEXTS),
                classes().that().resideInAnyPackage(l.inEveryContext(""))
                        .should().onlyHaveDependentClassesThat()
                        .resideInAnyPackage(Stream.concat(Stream.of(l.pkg("app..")), Stream.of(l.inEveryContext("")))
                                .toArray(String[]::new))));

        r.add(rule("CTX-06", "The platform and the database tooling depend on no context and not on the application",
                "The platform (transactions, events, web error pages, JSON) and the database tooling (migrations) serve "
                        + "every area alike. They know no service area and no business word, so a change in one area can "
                        + "never break the plumbing the others use.",
                List.of(ADR_CONTEXTS),
                noClasses().that().resideInAnyPackage(l.pkg("platform.."), l.pkg("db.."))
                        .should().dependOnClassesThat()
                        .resideInAnyPackage(Stream.concat(Stream.of(l.everyContext()), Stream.of(l.pkg("app..")))
                                .toArray(String[]::new))));

        r.add(rule("CTX-07", "The shared kernel uses only plain Java",
                "The shared kernel holds the few terms every area shares: identifiers, problems, the event and the "
                        + "transaction contracts. It uses nothing but the Java language, so sharing it brings no framework, "
                        + "no database and no other area along.",
                List.of(ADR_CONTEXTS),
                classes().that().resideInAPackage(l.pkg("kernel.."))
                        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", l.pkg("kernel.."))));

        // ---------------------------------------------------------------- LAYER: inside a context
        r.add(rule("LAYER-01", "A context's root package holds only its assembly class",
                "The top of each area holds one thing: the class that assembles it (named after the area, ending in "
                        + "Context). Everything else has its place in a part below, where the other rules see it.",
                List.of(ADR_CONTEXTS),
                classes().that().resideInAnyPackage(l.inEveryContext(""))
                        .and().doNotHaveSimpleName("package-info")
                        .should(Conditions.beTheAssemblyClassOrNestedInIt())));

        r.add(rule("LAYER-02", "Every class of a context sits in one of its known parts",
                "Every area has the same few parts: api, domain (the business rules), application (the use cases), "
                        + "incoming adapters (web, event subscribers), outgoing adapters (database, ...) and the assembly "
                        + "class. Whoever knows one area finds their way in all, and no class escapes the rules by sitting "
                        + "somewhere else.",
                List.of(ADR_CONTEXTS),
                classes().that().resideInAnyPackage(l.everyContext())
                        .should(Conditions.sitInAKnownPartOfTheirContext(l))));

        r.add(rule("LAYER-03", "The domain depends only on Java, the kernel and itself",
                "The domain holds an area's business rules. It knows nothing of the screens, the database, the other "
                        + "areas or even the use cases that drive it, so the rules can be read, tested and trusted on their own.",
                List.of(ADR_CONTEXTS),
                classes().that().resideInAnyPackage(l.inEveryContext("domain.."))
                        .should(Conditions.onlyDependOn(l, "Java, the kernel and their own context's domain",
                                c -> List.of("java..", l.pkg("kernel.."), l.in(c, "domain.."))))));

        r.add(rule("LAYER-04", "The application depends only on its own domain and api, governance's api and the kernel",
                "The application carries out an area's use cases: it applies the domain's rules, checks access and "
                        + "writes the audit trail through governance's api, and reaches storage only through ports it "
                        + "defines itself. It never calls another area directly: listening to another area's events is the "
                        + "job of an incoming event adapter.",
                List.of(ADR_CONTEXTS, ADR_ACCESS, ADR_EVENTS),
                classes().that().resideInAnyPackage(l.inEveryContext("application.."))
                        .should(Conditions.onlyDependOn(l,
                                "Java, the kernel, governance's api and their own context's domain, application and api",
                                c -> List.of("java..", l.pkg("kernel.."), l.in(Layout.GOVERNANCE, "api.."),
                                        l.in(c, "domain.."), l.in(c, "application.."), l.in(c, "api.."))))));

        r.add(rule("LAYER-05", "The domain and the application never depend on adapters",
                "Adapters connect an area to the outside world (web, database, other areas' events). They depend on the "
                        + "business code, never the reverse, so the outside world can change without touching the business rules.",
                List.of(ADR_CONTEXTS),
                noClasses().that().resideInAnyPackage(concat(l.inEveryContext("domain.."), l.inEveryContext("application..")))
                        .should().dependOnClassesThat().resideInAnyPackage(l.inEveryContext("adapter.."))));

        r.add(rule("LAYER-06", "Incoming adapters never depend on outgoing adapters",
                "A web page or an event subscriber goes through the area's use cases, never straight to the database, so "
                        + "every access passes the same checks and leaves the same audit trail.",
                List.of(ADR_CONTEXTS, ADR_ACCESS),
                noClasses().that().resideInAnyPackage(l.inEveryContext("adapter.in.."))
                        .should().dependOnClassesThat().resideInAnyPackage(l.inEveryContext("adapter.out.."))));

        // ---------------------------------------------------------------- TECH: where technology may appear
        r.add(rule("TECH-01", "The web server library is used only by web adapters, the platform's web part and the application",
                "The web server (Helidon) is a replaceable tool. Confining it to the web adapters, the platform's web "
                        + "support and the application keeps the business code free of it and makes a change of tool a "
                        + "local job.",
                List.of(ADR_TECH),
                noClasses().that().resideInAPackage(root + "..")
                        .and().resideOutsideOfPackages(concat(l.inEveryContext("adapter.in.http.."),
                                new String[] {l.pkg("platform.http.."), l.pkg("app..")}))
                        .should().dependOnClassesThat().resideInAnyPackage(HELIDON)));

        r.add(rule("TECH-02", "Database technology is used only by persistence adapters, the platform and the database tooling",
                "Only the parts whose job is storage talk to the database (SQL through jOOQ, JDBC, the connection pool, "
                        + "migrations). Business rules hold no SQL, so each area's data handling can be reviewed in one place.",
                List.of(ADR_TECH, ADR_SCHEMA),
                noClasses().that().resideInAPackage(root + "..")
                        .and().resideOutsideOfPackages(concat(l.inEveryContext("adapter.out.persistence.."),
                                new String[] {l.pkg("platform.."), l.pkg("db..")}))
                        .should().dependOnClassesThat().resideInAnyPackage(DATABASE)));

        r.add(rule("TECH-03", "The JSON library is used only by adapters and the platform",
                "How data is written as JSON for the web or for events is a detail of the edges. Business records and "
                        + "published apis carry no JSON annotations, so they mean the same whatever format carries them.",
                List.of(ADR_TECH),
                noClasses().that().resideInAPackage(root + "..")
                        .and().resideOutsideOfPackages(concat(l.inEveryContext("adapter.."), new String[] {l.pkg("platform..")}))
                        .should().dependOnClassesThat().resideInAnyPackage(JACKSON)));

        // ---------------------------------------------------------------- DATA: ownership of the data
        r.add(rule("DATA-01", "A context's generated database classes are used only by its own persistence adapter",
                "Each area owns its database schema. The classes generated from its tables are used only by that area's "
                        + "persistence adapter, so no other code, and no other area, can read or change its tables.",
                List.of(ADR_SCHEMA),
                classes().that().resideInAnyPackage(l.inEveryContext("adapter.out.persistence.jooq.."))
                        .should(Conditions.onlyBeUsedFromOwnContextPackage(l, "adapter.out.persistence",
                                "their own context's persistence adapter"))));

        r.add(rule("DATA-02", "Table classes live only in a context's generated database classes",
                "A class that stands for a database table exists only where the code generator puts it, inside the "
                        + "owning area's persistence adapter, so every table has one owner that can be seen from the code.",
                List.of(ADR_SCHEMA),
                classes().that(assignableTo("org.jooq.impl.TableImpl").or(assignableTo("org.jooq.impl.TableRecordImpl")))
                        .and().resideInAPackage(root + "..")
                        .should().resideInAnyPackage(l.inEveryContext("adapter.out.persistence.jooq.."))));

        // ---------------------------------------------------------------- API: what a context publishes
        r.add(rule("API-01", "Published api types are records, interfaces, enums or annotations",
                "What an area publishes (requests, views, events, the operations it offers) is a fixed statement: once "
                        + "made it cannot change under the reader. Only value types (records, enums) and contracts "
                        + "(interfaces) are published.",
                List.of(ADR_API),
                classes().that().resideInAnyPackage(l.inEveryContext("api.."))
                        .and().doNotHaveSimpleName("package-info")
                        .should(Conditions.beARecordInterfaceEnumOrAnnotation())));

        r.add(rule("API-02", "Fields of published api types are final and hold no arrays",
                "A published value cannot be altered after it is made: its fields are fixed, and none is an array "
                        + "whose contents anyone could overwrite.",
                List.of(ADR_API),
                fields().that().areDeclaredInClassesThat().resideInAnyPackage(l.inEveryContext("api.."))
                        .and().areNotStatic()
                        .should(Conditions.beFinalAndNotAnArray())));

        r.add(rule("API-03", "An api depends only on Java, the kernel, itself and governance's api",
                "An area's api is a small published language that others build on. It uses only plain Java, the shared "
                        + "kernel and governance's api, so depending on it never pulls in the area's workings or any "
                        + "technology.",
                List.of(ADR_API),
                classes().that().resideInAnyPackage(l.inEveryContext("api.."))
                        .should(Conditions.onlyDependOn(l, "Java, the kernel, governance's api and their own context's api",
                                c -> List.of("java..", l.pkg("kernel.."), l.in(Layout.GOVERNANCE, "api.."), l.in(c, "api.."))))));

        // ---------------------------------------------------------------- DIAGRAM: the picture tells the truth
        r.add(rule("DIAGRAM-01", "Dependencies between contexts are those drawn in the module diagram",
                "The module diagram (docs/architecture/modules.puml) is what people read to learn which area uses which. "
                        + "It is checked against the code on every build, so it can never silently fall out of date: a new "
                        + "dependency between areas needs a new arrow, reviewed like any change.",
                List.of(ADR_RULES, ADR_API),
                classes().that().resideInAnyPackage(l.everyContext()).should(diagramCondition())));

        r.add(rule("DIAGRAM-02", "Every context is drawn in the module diagram",
                "The diagram check only sees the areas drawn in it. Requiring every area to be drawn keeps a forgotten "
                        + "or removed box from hiding that area's dependencies.",
                List.of(ADR_RULES),
                classes().that().resideInAnyPackage(l.everyContext()).should(drawnInDiagramCondition())));

        return r;
    }

    private static ArchitectureRule rule(String id, String name, String reason, List<String> adrs, ArchRule rule) {
        ArchRule described = rule.as(id + " " + name)
                .because(reason + " (see " + String.join(", ", adrs) + ")")
                .allowEmptyShould(false);
        return new ArchitectureRule(id, name, reason, adrs, described);
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
