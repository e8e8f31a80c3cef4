package org.cypf.architecture;

import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static org.cypf.architecture.Sentences.said;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks that ArchUnit's fluent API cannot say on its own, mostly because they compare the context of
 * the class that depends with the context of the class it depends on ("its own domain", "another context").
 * Each reports every offending dependency, with the line it comes from, and says it in a sentence ({@link Sentences}).
 */
final class Conditions {

    private Conditions() {}

    /** The class a dependency really points at: the element type of an array; nothing for primitives. */
    private static Optional<JavaClass> target(Dependency dependency) {
        JavaClass target = dependency.getTargetClass().getBaseComponentType();
        return target.isPrimitive() ? Optional.empty() : Optional.of(target);
    }

    private static String uses(Layout layout, JavaClass origin, JavaClass target) {
        return new Sentences(layout).uses(origin, target);
    }

    /**
     * Depends only on the packages {@code allowed} gives for the class's own context. {@code allowed} receives the
     * context name and returns package identifiers (ArchUnit syntax, e.g. {@code org.cypf.socialcare.*.domain..}).
     */
    static ArchCondition<JavaClass> onlyDependOn(
            Layout layout, String description, Function<String, List<String>> allowed) {
        return new ArchCondition<>("only depend on " + description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> context = layout.contextOf(origin);
                if (context.isEmpty()) {
                    events.add(violated(origin, origin.getName() + " is not inside any context"));
                    return;
                }
                PackageMatchers permitted = PackageMatchers.of(allowed.apply(context.get()));
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<JavaClass> target = target(dependency);
                    if (target.isPresent() && !permitted.test(target.get().getPackageName())) {
                        events.add(said(dependency, dependency.getDescription(),
                                uses(layout, origin, target.get()) + "; it may depend only on " + description));
                    }
                }
            }
        };
    }

    /** Uses nothing of another context but what that context publishes in its api. */
    static ArchCondition<JavaClass> notReachIntoAnotherContextsInternals(Layout layout) {
        return new ArchCondition<>("not depend on anything of another context outside that context's api") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = layout.contextOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<JavaClass> target = target(dependency);
                    if (target.isEmpty()) {
                        continue;
                    }
                    Optional<String> other = layout.contextOf(target.get());
                    if (other.isPresent() && !other.equals(own) && !layout.isInApi(target.get())) {
                        events.add(said(dependency, String.format(
                                "%s [%s reaches into the internals of %s]",
                                dependency.getDescription(), own.orElse("?"), other.get()),
                                uses(layout, origin, target.get())));
                    }
                }
            }
        };
    }

    /** Is used only by classes of its own context that sit in {@code layer} of a capability (e.g. {@code adapter.out.persistence}). */
    static ArchCondition<JavaClass> onlyBeUsedFromOwnContextLayer(Layout layout, String layer, String description) {
        return new ArchCondition<>("only be used by " + description) {
            @Override
            public void check(JavaClass used, ConditionEvents events) {
                Optional<String> context = layout.contextOf(used);
                for (Dependency dependency : used.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    boolean permitted = context.isPresent() && context.equals(layout.contextOf(origin))
                            && layout.isInLayer(origin, layer);
                    if (!permitted) {
                        events.add(said(dependency, String.format(
                                "%s [%s is %s's generated code]",
                                dependency.getDescription(), used.getName(), context.orElse("no context")),
                                uses(layout, origin, used) + ", which only " + description + " may use"));
                    }
                }
            }
        };
    }

    /** The class is a context's assembly class ({@code XxxContext}) or a class nested in it. */
    static ArchCondition<JavaClass> beTheAssemblyClassOrNestedInIt(Layout layout) {
        return new ArchCondition<>("be the context's assembly class (named ...Context) or nested in it") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!Layout.topLevel(javaClass).getSimpleName().endsWith("Context")) {
                    events.add(said(javaClass, String.format(
                                    "%s sits in the context's root package but is not its assembly class (...Context)",
                                    javaClass.getName()),
                            javaClass.getName() + " sits in the root package of " + layout.contextOf(javaClass)
                                    .map(c -> layout.displayNames().get(c)).orElse("?")
                                    + ", which holds only the context's assembly class (named ...Context)"));
                }
            }
        };
    }

    /** A type that cannot hold changing state by construction: record, interface, enum or annotation. */
    static ArchCondition<JavaClass> beARecordInterfaceEnumOrAnnotation() {
        return new ArchCondition<>("be a record, an interface, an enum or an annotation") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!(javaClass.isRecord() || javaClass.isInterface() || javaClass.isEnum() || javaClass.isAnnotation())) {
                    String text = String.format(
                            "%s is a plain class; an api type must be a record, an interface, an enum or an annotation",
                            javaClass.getName());
                    events.add(said(javaClass, text, text));
                }
            }
        };
    }

    /** An instance field that can be neither reassigned nor changed in place through an array. */
    static ArchCondition<JavaField> beFinalAndNotAnArray() {
        return new ArchCondition<>("be final and not hold an array") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                if (!field.getModifiers().contains(JavaModifier.FINAL)) {
                    String text = String.format("%s is not final, so it can be changed after the value is made",
                            field.getFullName());
                    events.add(said(field, text, text));
                }
                if (field.getRawType().isArray()) {
                    String text = String.format("%s holds an array (%s), whose elements anyone can change",
                            field.getFullName(), field.getRawType().getName());
                    events.add(said(field, text, text));
                }
            }
        };
    }

    /** Sits in one of the known parts of its context: the assembly class, the api, or a layer of a capability. */
    static ArchCondition<JavaClass> sitInAKnownPartOfTheirContext(Layout layout) {
        return new ArchCondition<>("sit in one of their context's parts: the root package (assembly class), api, or "
                + "<capability>.domain, .application, .port, .adapter.in.<kind>, .adapter.out.<kind>") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Optional<String> problem = unknownPart(layout, javaClass);
                problem.ifPresent(why -> events.add(said(javaClass, String.format(
                        "%s sits in package %s, which is none of the context's parts (root package for the assembly "
                                + "class, api, <capability>.domain, .application, .port, .adapter.in.<kind>, "
                                + ".adapter.out.<kind>)", javaClass.getName(), javaClass.getPackageName()),
                        javaClass.getName() + " sits in package " + javaClass.getPackageName() + ", " + why)));
            }
        };
    }

    private static Optional<String> unknownPart(Layout layout, JavaClass javaClass) {
        if (layout.contextOf(javaClass).isEmpty()) {
            return Optional.of("which is in no context");
        }
        List<String> s = layout.segmentsInContext(javaClass);
        if (s.isEmpty() || s.get(0).equals("api")) {
            return Optional.empty(); // the root package (LAYER-01 says what may sit there) or the api
        }
        String capability = s.get(0);
        if (Layout.NOT_CAPABILITY_NAMES.contains(capability)) {
            return Optional.of("which reads as the layer-first shape: a capability may not be called '" + capability
                    + "' (packages are <context>.<capability>.<layer>, ADR 0013)");
        }
        if (s.size() == 1) {
            return javaClass.getSimpleName().equals("package-info") ? Optional.empty()
                    : Optional.of("the root of capability '" + capability + "', which holds no classes, only its layers");
        }
        String layer = s.get(1);
        return switch (layer) {
            case "domain", "application", "port" -> Optional.empty();
            case "adapter" -> s.size() >= 4 && (s.get(2).equals("in") || s.get(2).equals("out"))
                    ? Optional.empty()
                    : Optional.of("an adapter that is neither adapter.in.<kind> nor adapter.out.<kind>");
            default -> Optional.of("which is no layer of capability '" + capability
                    + "' (domain, application, port, adapter.in.<kind>, adapter.out.<kind>)");
        };
    }

    /** A check that cannot be made (e.g. the diagram is missing): every selected class fails with {@code reason}. */
    static ArchCondition<JavaClass> failBecause(String description, String reason) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                events.add(violated(javaClass, reason));
            }
        };
    }

    /**
     * One slice per context: its api ({@code api} true) or its implementation, everything else in it ({@code api}
     * false). Classes outside the contexts (kernel, platform, app, db) are left out.
     */
    static SliceAssignment slicePerContext(Layout layout, String description, boolean api) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                Optional<String> context = layout.contextOf(javaClass);
                if (context.isEmpty() || layout.isInApi(javaClass) != api) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(layout.displayNames().get(context.get()) + (api ? " api" : " implementation"));
            }

            @Override
            public String getDescription() {
                return description;
            }
        };
    }

    /** One slice per capability of each context ({@code <context>.(*)}); the api and the assembly class are left out. */
    static SliceAssignment slicePerCapability(Layout layout) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                Optional<String> context = layout.contextOf(javaClass);
                Optional<String> capability = layout.capabilityOf(javaClass);
                if (context.isEmpty() || capability.isEmpty()) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(layout.displayNames().get(context.get()) + " (" + capability.get() + ")");
            }

            @Override
            public String getDescription() {
                return "the capabilities of each context (api and assembly class left out)";
            }
        };
    }

    // ==================================================================================== CTX: contexts found in the code

    /** CTX-08: below the root, a class sits in a shared part or in a context that has its assembly class. */
    static ArchCondition<JavaClass> sitInASharedPartOrAnAssembledContext(Layout layout) {
        return new ArchCondition<>("sit in a shared part (" + String.join(", ", Layout.SHARED)
                + ") or in a context with an assembly class") {
            private final Set<String> assembled = new HashSet<>();

            @Override
            public void init(Collection<JavaClass> all) {
                all.stream().filter(c -> layout.isAssembly(c) && c.getEnclosingClass().isEmpty())
                        .forEach(c -> assembled.add(layout.contextOf(c).orElseThrow()));
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (layout.sharedPartOf(javaClass).isPresent()) {
                    return;
                }
                Optional<String> context = layout.contextOf(javaClass);
                if (context.isEmpty()) {
                    String text = javaClass.getName() + " sits directly in " + layout.root()
                            + ", which is neither a shared part nor a context";
                    events.add(said(javaClass, text, text));
                } else if (!assembled.contains(context.get())) {
                    events.add(said(javaClass, javaClass.getName() + " sits in " + layout.in(context.get(), "")
                                    + ", which has no assembly class (...Context) in its root package",
                            javaClass.getName() + " sits in the top-level package " + context.get() + ", which is not "
                                    + "a shared part (" + String.join(", ", Layout.SHARED) + ") and has no assembly "
                                    + "class, so it is no context either"));
                }
            }
        };
    }

    /**
     * CTX-09: another context's api is used only by incoming event adapters and the assembly class, and only its
     * published events and its query ports (with the records they take and return). Governance's oversight api
     * (access, audit, measure) is exempt: every context speaks it.
     */
    static ArchCondition<JavaClass> useAnotherContextsApiOnlyForEventsAndQueryPorts(Layout layout) {
        return new ArchCondition<>("use another context's api only in incoming event adapters and the assembly class, "
                + "and only its published events and query ports") {
            private final Set<String> queryLanguage = new HashSet<>();

            @Override
            public void init(Collection<JavaClass> all) {
                queryLanguage.addAll(queryPortLanguage(layout, all));
            }

            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = layout.contextOf(origin);
                Set<String> reported = new HashSet<>();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<JavaClass> target = target(dependency);
                    if (target.isEmpty()) {
                        continue;
                    }
                    JavaClass t = target.get();
                    Optional<String> other = layout.contextOf(t);
                    if (other.isEmpty() || other.equals(own) || !layout.isInApi(t) || isOversightLanguage(layout, t)) {
                        continue;
                    }
                    boolean subscriberOrWiring = layout.isInLayer(origin, "adapter.in.event") || layout.isAssembly(origin);
                    boolean published = isEventLanguage(layout, t) || queryLanguage.contains(t.getName());
                    String why = !subscriberOrWiring
                            ? "but only an incoming event adapter (adapter.in.event) or the assembly class may use "
                                    + "another context's api"
                            : !published ? "which is neither one of its published events nor one of its query ports "
                                    + "(@QueryPort) with the records they take and return" : null;
                    if (why != null && reported.add(t.getName() + why)) {
                        events.add(said(dependency, dependency.getDescription() + " [" + why + "]",
                                uses(layout, origin, t) + ", " + why));
                    }
                }
            }
        };
    }

    /** Governance's api for oversight, which every context speaks: access and audit, measures. */
    static boolean isOversightLanguage(Layout layout, JavaClass t) {
        return Layout.isIn(t, layout.in(Layout.GOVERNANCE, "api.access"))
                || Layout.isIn(t, layout.in(Layout.GOVERNANCE, "api.audit"))
                || Layout.isIn(t, layout.in(Layout.GOVERNANCE, "api.measure"));
    }

    /** A published event, or a type in the api's event package that events are made of. */
    static boolean isEventLanguage(Layout layout, JavaClass t) {
        return t.isAnnotatedWith(layout.publishedEvent())
                || layout.contextOf(t).map(c -> Layout.isIn(t, layout.in(c, "api.event"))).orElse(false);
    }

    /**
     * The names of the query ports among {@code all} (interfaces annotated {@code @QueryPort}) and of the types in
     * their own api that their methods take and return, with the types those records are made of.
     */
    static Set<String> queryPortLanguage(Layout layout, Collection<JavaClass> all) {
        Set<String> language = new LinkedHashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        for (JavaClass c : all) {
            if (c.isAnnotatedWith(layout.queryPort()) && layout.isInApi(c)) {
                language.add(c.getName());
                for (JavaMethod m : c.getMethods()) {
                    m.getReturnType().getAllInvolvedRawTypes().forEach(todo::add);
                    m.getParameterTypes().forEach(p -> p.getAllInvolvedRawTypes().forEach(todo::add));
                }
            }
        }
        while (!todo.isEmpty()) {
            JavaClass t = todo.pop().getBaseComponentType();
            if (!layout.isInApi(t) || !language.add(t.getName())) {
                continue;
            }
            for (JavaField f : t.getFields()) {
                if (!f.getModifiers().contains(JavaModifier.STATIC)) {
                    f.getType().getAllInvolvedRawTypes().forEach(todo::add);
                }
            }
        }
        return language;
    }

    /**
     * CTX-10: the application uses of a context only its assembly class (and what is nested in it) and its api. The
     * source's imports are read too: a constant of an adapter (a route prefix) leaves no trace in the compiled class.
     */
    static ArchCondition<JavaClass> useOfEachContextOnlyItsAssemblyClassAndApi(Layout layout, SourceImports sources) {
        return new ArchCondition<>("use of each context only its assembly class and its api") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Set<String> reported = new HashSet<>();
                if (origin.getEnclosingClass().isEmpty()) {
                    for (SourceImports.Import imported : sources.of(origin)) {
                        Optional<String> context = layout.contextOf(imported.packageName());
                        boolean assembly = context.isPresent() && imported.packageName().equals(layout.in(context.get(), ""))
                                && imported.simpleName().endsWith("Context");
                        boolean api = context.isPresent() && (imported.packageName().equals(layout.in(context.get(), "api"))
                                || imported.packageName().startsWith(layout.in(context.get(), "api") + "."));
                        if (context.isPresent() && !assembly && !api && reported.add(imported.className())) {
                            String where = "(" + origin.getSimpleName() + ".java:" + imported.line() + ")";
                            events.add(said(origin, origin.getName() + " imports " + imported.className() + " in " + where
                                            + " [the application may use only a context's assembly class and its api]",
                                    origin.getName() + ", in " + layout.whereIs(origin) + ", imports "
                                            + layout.whereIsPackage(imported.packageName()) + " class "
                                            + imported.simpleName() + "; the application may use only a context's "
                                            + "assembly class and its api", where));
                        }
                    }
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<JavaClass> target = target(dependency);
                    if (target.isEmpty() || layout.contextOf(target.get()).isEmpty()) {
                        continue;
                    }
                    JavaClass t = target.get();
                    if (!layout.isAssembly(t) && !layout.isInApi(t) && reported.add(t.getName())) {
                        events.add(said(dependency, dependency.getDescription()
                                        + " [the application may use only a context's assembly class and its api]",
                                uses(layout, origin, t) + "; the application may use only a context's assembly class "
                                        + "and its api"));
                    }
                }
            }
        };
    }

    /** CTX-11: the assembly class states the context's name: {@code public static final String NAME = "social-care"}. */
    static ArchCondition<JavaClass> stateTheContextsName(Layout layout) {
        return new ArchCondition<>("declare public static final String NAME, the context's name in kebab-case") {
            @Override
            public void check(JavaClass assembly, ConditionEvents events) {
                String context = layout.contextOf(assembly).orElseThrow();
                Optional<String> problem;
                try {
                    problem = nameProblem(assembly.reflect(), context);
                } catch (ReflectiveOperationException | LinkageError e) {
                    problem = Optional.of("could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                }
                problem.ifPresent(p -> {
                    String text = assembly.getName() + ", the assembly class of " + layout.displayNames().get(context)
                            + ", " + p;
                    events.add(said(assembly, text, text));
                });
            }
        };
    }

    private static Optional<String> nameProblem(Class<?> assembly, String context) throws ReflectiveOperationException {
        Field name;
        try {
            name = assembly.getDeclaredField("NAME");
        } catch (NoSuchFieldException e) {
            return Optional.of("does not state the context's name (public static final String NAME)");
        }
        int m = name.getModifiers();
        if (!Modifier.isPublic(m) || !Modifier.isStatic(m) || !Modifier.isFinal(m) || name.getType() != String.class) {
            return Optional.of("declares NAME, but not as public static final String");
        }
        Object value = name.get(null);
        if (!(value instanceof String s) || !s.matches("[a-z]+(-[a-z]+)*")) {
            return Optional.of("states the name " + value + ", which is not lower-case kebab-case (social-care)");
        }
        if (!s.replace("-", "").equals(context)) {
            return Optional.of("states the name " + s + ", which is not the name of its package " + context);
        }
        return Optional.empty();
    }

    // ==================================================================================== TECH: the outside world

    private static final Set<String> SYSTEM_SETTINGS = Set.of(
            "java.lang.System.getenv", "java.lang.System.getProperty", "java.lang.System.getProperties",
            "java.lang.System.setProperty", "java.lang.System.setProperties", "java.lang.System.clearProperty",
            "java.lang.Integer.getInteger", "java.lang.Long.getLong", "java.lang.Boolean.getBoolean");

    /**
     * TECH-04: reaches neither configuration nor environment (System.getenv, system properties, Helidon config),
     * files (java.io.File*, RandomAccessFile, java.nio.file, java.nio.channels), the network (java.net) nor other
     * processes (ProcessBuilder, Runtime). Classpath resources read with getResourceAsStream stay allowed.
     */
    static ArchCondition<JavaClass> notReachConfigurationEnvironmentFilesOrNetwork(Layout layout) {
        return new ArchCondition<>("reach no configuration, environment, file, network or process") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Set<String> reported = new HashSet<>();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<JavaClass> target = target(dependency);
                    if (target.isEmpty()) {
                        continue;
                    }
                    Optional<String> what = outsideWorld(target.get());
                    if (what.isPresent() && reported.add(target.get().getName())) {
                        events.add(said(dependency, dependency.getDescription() + " [" + what.get() + "]",
                                uses(layout, origin, target.get()) + ", which reaches " + what.get()));
                    }
                }
                for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
                    String called = call.getTargetOwner().getName() + "." + call.getName();
                    if (SYSTEM_SETTINGS.contains(called) && reported.add(called)) {
                        events.add(said(call, call.getDescription() + " [the environment or system properties]",
                                origin.getName() + ", in " + layout.whereIs(origin) + ", calls " + call.getTargetOwner()
                                        .getSimpleName() + "." + call.getName() + "(), which reads or sets the "
                                        + "environment or system properties"));
                    }
                }
            }
        };
    }

    private static Optional<String> outsideWorld(JavaClass t) {
        String p = t.getPackageName();
        String n = t.getName();
        if (p.equals("java.net") || p.startsWith("java.net.")) {
            return Optional.of("the network");
        }
        if (p.startsWith("java.nio.file") || p.startsWith("java.nio.channels")
                || (p.equals("java.io") && (t.getSimpleName().startsWith("File") || n.equals("java.io.RandomAccessFile")))) {
            return Optional.of("files");
        }
        if (p.startsWith("io.helidon.config")) {
            return Optional.of("configuration");
        }
        if (n.equals("java.lang.ProcessBuilder") || n.equals("java.lang.Runtime") || n.equals("java.lang.Process")) {
            return Optional.of("other processes");
        }
        return Optional.empty();
    }

    private static final List<String> CONNECTION_LIBRARIES =
            List.of("com.zaxxer.hikari", "io.zonky", "org.postgresql.ds", "org.flywaydb");

    /**
     * TECH-05: opens no database connection: no connection pool (Hikari), no embedded PostgreSQL (zonky), no
     * DataSource made or asked for a connection, no DriverManager or Driver, no migrations (Flyway), no jOOQ context
     * built from a URL, no call to the platform's {@code ContextDatabase.open}, nothing of the database tooling.
     */
    static ArchCondition<JavaClass> openNoDatabaseConnection(Layout layout) {
        return new ArchCondition<>("open no database connection") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Set<String> reported = new HashSet<>();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<JavaClass> target = target(dependency);
                    if (target.isEmpty()) {
                        continue;
                    }
                    JavaClass t = target.get();
                    String why = null;
                    if (CONNECTION_LIBRARIES.stream().anyMatch(lib -> Layout.isIn(t, lib))) {
                        why = "a library that opens connections (pool, embedded server, data source, migrations)";
                    } else if (t.getName().equals("java.sql.DriverManager") || t.getName().equals("java.sql.Driver")) {
                        why = "the JDBC driver manager, which opens connections";
                    } else if (Layout.isIn(t, layout.pkg("db"))) {
                        why = "the database tooling (migrations, embedded server), which opens connections";
                    }
                    if (why != null && reported.add(t.getName())) {
                        events.add(said(dependency, dependency.getDescription() + " [" + why + "]",
                                uses(layout, origin, t) + ": " + why));
                    }
                }
                for (JavaConstructorCall call : origin.getConstructorCallsFromSelf()) {
                    if (call.getTargetOwner().isAssignableTo("javax.sql.DataSource") && reported.add("new " + call.getTargetOwner().getName())) {
                        events.add(said(call, call.getDescription() + " [makes a DataSource]", origin.getName() + ", in "
                                + layout.whereIs(origin) + ", makes a DataSource (" + call.getTargetOwner().getSimpleName()
                                + "), which opens connections"));
                    }
                }
                for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
                    JavaClass owner = call.getTargetOwner();
                    String what = null;
                    if (call.getName().equals("getConnection") && owner.isAssignableTo("javax.sql.DataSource")) {
                        what = "asks a DataSource for a connection";
                    } else if (owner.getName().equals("org.jooq.impl.DSL") && call.getName().equals("using")
                            && !call.getTarget().getRawParameterTypes().isEmpty()
                            && call.getTarget().getRawParameterTypes().get(0).getName().equals("java.lang.String")) {
                        what = "builds a jOOQ context from a connection URL";
                    } else if (owner.getName().equals(layout.contextDatabase()) && call.getName().equals("open")) {
                        what = "opens a context's connection pool (ContextDatabase.open), which only the application does";
                    }
                    if (what != null && reported.add(what)) {
                        events.add(said(call, call.getDescription() + " [" + what + "]",
                                origin.getName() + ", in " + layout.whereIs(origin) + ", " + what));
                    }
                }
            }
        };
    }

    /** DATA-02: a table class sits in its own context's generated classes, {@code <context>.shared.adapter.out.persistence.jooq}. */
    static ArchCondition<JavaClass> sitInTheirContextsGeneratedClasses(Layout layout) {
        return new ArchCondition<>("sit in their context's generated classes (shared.adapter.out.persistence.jooq)") {
            @Override
            public void check(JavaClass table, ConditionEvents events) {
                Optional<String> context = layout.contextOf(table);
                String generated = context.map(c -> layout.in(c, Layout.SHARED_CAPABILITY + ".adapter.out.persistence.jooq"))
                        .orElse(null);
                if (generated == null || !Layout.isIn(table, generated)) {
                    String text = table.getName() + ", in " + layout.whereIs(table) + ", stands for a database table but "
                            + "is not in " + (generated == null ? "any context's generated classes"
                            : "its context's generated classes (" + generated + ")");
                    events.add(said(table, text + " in (" + table.getSimpleName() + ".java:0)", text));
                }
            }
        };
    }

    // ==================================================================================== API: immutable in fact

    private enum CollectionKind { LIST, SET, MAP, COLLECTION }

    /**
     * API-04: a record whose components include lists, sets, maps or collections copies them in its canonical
     * constructor: it calls List.copyOf / Set.copyOf / Map.copyOf or Collections.unmodifiable... (itself, or through a
     * helper method of its own top-level class that does) at least once per such component, of a matching kind.
     */
    static ArchCondition<JavaClass> copyTheirCollectionsOnConstruction(Layout layout) {
        return new ArchCondition<>("copy every list, set, map or collection component in the canonical constructor") {
            @Override
            public void check(JavaClass record, ConditionEvents events) {
                List<JavaField> components = record.getFields().stream()
                        .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC)).toList();
                Map<CollectionKind, Integer> needed = new EnumMap<>(CollectionKind.class);
                List<String> names = new java.util.ArrayList<>();
                for (JavaField f : components) {
                    kindOfComponent(f.getRawType()).ifPresent(k -> {
                        needed.merge(k, 1, Integer::sum);
                        names.add(f.getName());
                    });
                }
                if (needed.isEmpty()) {
                    return;
                }
                // The canonical constructor takes the components' types (ArchUnit gives the fields unordered).
                Map<String, Long> types = components.stream()
                        .collect(Collectors.groupingBy(f -> f.getRawType().getName(), Collectors.counting()));
                Optional<JavaConstructor> canonical = record.getConstructors().stream()
                        .filter(c -> c.getRawParameterTypes().stream()
                                .collect(Collectors.groupingBy(JavaClass::getName, Collectors.counting())).equals(types))
                        .findFirst();
                Map<CollectionKind, Integer> copies = new EnumMap<>(CollectionKind.class);
                canonical.ifPresent(c -> c.getMethodCallsFromSelf().forEach(call ->
                        kindOfCopy(call, Layout.topLevel(record), new HashSet<>())
                                .ifPresent(k -> copies.merge(k, 1, Integer::sum))));
                int spare = copies.getOrDefault(CollectionKind.COLLECTION, 0);
                boolean enough = true;
                for (CollectionKind k : List.of(CollectionKind.LIST, CollectionKind.SET, CollectionKind.MAP)) {
                    int have = copies.getOrDefault(k, 0);
                    int want = needed.getOrDefault(k, 0);
                    if (have < want) {
                        enough = false;
                    } else if (k != CollectionKind.MAP) {
                        spare += have - want;
                    }
                }
                if (spare < needed.getOrDefault(CollectionKind.COLLECTION, 0)) {
                    enough = false;
                }
                if (!enough) {
                    String text = record.getName() + ", in " + layout.whereIs(record) + ", holds " + names
                            + " but its canonical constructor does not copy each of them (List.copyOf, Set.copyOf, "
                            + "Map.copyOf or Collections.unmodifiable...), so whoever made it can still change it";
                    events.add(said(record, text + " in (" + record.getSimpleName() + ".java:0)", text));
                }
            }
        };
    }

    private static Optional<CollectionKind> kindOfComponent(JavaClass type) {
        if (type.isAssignableTo(java.util.Map.class)) {
            return Optional.of(CollectionKind.MAP);
        }
        if (type.isAssignableTo(java.util.List.class)) {
            return Optional.of(CollectionKind.LIST);
        }
        if (type.isAssignableTo(java.util.Set.class)) {
            return Optional.of(CollectionKind.SET);
        }
        if (type.isAssignableTo(java.util.Collection.class)) {
            return Optional.of(CollectionKind.COLLECTION);
        }
        return Optional.empty();
    }

    /**
     * The kind of copy a call makes: List.copyOf and the like directly, or through a method of the record's own
     * top-level class that makes one (a shared {@code copy(list)} helper of the api type).
     */
    private static Optional<CollectionKind> kindOfCopy(JavaMethodCall call, JavaClass home, Set<JavaCodeUnit> seen) {
        Optional<CollectionKind> direct = kindOfCopy(call);
        if (direct.isPresent() || !Layout.topLevel(call.getTargetOwner()).equals(home)) {
            return direct;
        }
        Optional<JavaMethod> helper = call.getTarget().resolveMember();
        if (helper.isEmpty() || !seen.add(helper.get())) {
            return Optional.empty();
        }
        return helper.get().getMethodCallsFromSelf().stream()
                .map(inner -> kindOfCopy(inner, home, seen))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<CollectionKind> kindOfCopy(JavaMethodCall call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        if (name.equals("copyOf")) {
            return switch (owner) {
                case "java.util.List" -> Optional.of(CollectionKind.LIST);
                case "java.util.Set" -> Optional.of(CollectionKind.SET);
                case "java.util.Map" -> Optional.of(CollectionKind.MAP);
                default -> Optional.empty();
            };
        }
        if (owner.equals("java.util.Collections") && name.startsWith("unmodifiable")) {
            String rest = name.substring("unmodifiable".length());
            if (rest.endsWith("Map")) {
                return Optional.of(CollectionKind.MAP);
            }
            if (rest.endsWith("List")) {
                return Optional.of(CollectionKind.LIST);
            }
            if (rest.endsWith("Set")) {
                return Optional.of(CollectionKind.SET);
            }
            return Optional.of(CollectionKind.COLLECTION);
        }
        return Optional.empty();
    }

    // ==================================================================================== DATA: the rebuild path

    /**
     * DATA-04: calls no method or constructor marked with the kernel's {@code @Rebuild}, nor refers to one (a method
     * or constructor reference). A code unit not marked is not covered, whoever calls it.
     */
    static ArchCondition<JavaClass> callNoRebuild(Layout layout) {
        String rebuild = layout.rebuild();
        return new ArchCondition<>("call no method or constructor marked @Rebuild") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaCodeUnitAccess<?> access : origin.getCodeUnitAccessesFromSelf()) {
                    Optional<? extends JavaCodeUnit> target = access.getTarget().resolveMember();
                    if (target.isPresent() && target.get().isAnnotatedWith(rebuild)) {
                        String text = origin.getName() + ", in " + layout.whereIs(origin) + ", rebuilds "
                                + target.get().getOwner().getSimpleName() + " through " + target.get().getFullName()
                                + ", the path from storage that only persistence adapters may take";
                        events.add(said(access, access.getDescription() + " [@Rebuild]", text));
                    }
                }
            }
        };
    }

    /** Where a value leaves for people to read outside the record: log calls, standard output and metric labels. */
    static final Set<String> LOG_AND_METRIC_LABEL_OWNERS = Set.of("java.util.logging.Logger", "java.lang.System$Logger",
            "org.slf4j.Logger", "java.io.PrintStream", "io.helidon.metrics.api.Tag",
            "io.micrometer.core.instrument.Tag", "io.micrometer.core.instrument.Tags");

    /**
     * DATA-05: no code unit both reads a value tagged with the kernel's {@code @Sensitive} (a tagged record component's
     * accessor or field) and calls a logger, standard output or a metric label. The rule reads one method (or lambda)
     * at a time: a value handed on to another method before it is logged is not seen, which the ADR states.
     */
    static ArchCondition<JavaClass> logAndLabelNoSensitiveValue(Layout layout) {
        String sensitive = layout.pkg("kernel.contract.Sensitive");
        return new ArchCondition<>("put no value tagged @Sensitive in a log call or a metric label") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaCodeUnit unit : origin.getCodeUnits()) {
                    List<String> tagged = new java.util.ArrayList<>();
                    for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
                        Optional<?> target = access instanceof JavaCodeUnitAccess<?> call
                                ? call.getTarget().resolveMember()
                                : access instanceof com.tngtech.archunit.core.domain.JavaFieldAccess field
                                ? field.getTarget().resolveMember() : Optional.empty();
                        if (target.isPresent() && target.get() instanceof com.tngtech.archunit.core.domain.JavaMember m
                                && m.isAnnotatedWith(sensitive)) {
                            tagged.add(m.getOwner().getSimpleName() + "." + m.getName());
                        }
                    }
                    if (tagged.isEmpty()) {
                        continue;
                    }
                    for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                        String owner = call.getTargetOwner().getName();
                        if (LOG_AND_METRIC_LABEL_OWNERS.contains(owner)) {
                            String what = owner.contains("metrics") || owner.contains("micrometer")
                                    ? "a metric label" : "a log call";
                            String text = origin.getName() + ", in " + layout.whereIs(origin) + ", reads "
                                    + String.join(", ", new LinkedHashSet<>(tagged)) + " (tagged @Sensitive) in "
                                    + unit.getName() + " and writes " + what + " there ("
                                    + call.getTarget().getName() + " of " + call.getTargetOwner().getSimpleName() + ")";
                            events.add(said(call, call.getDescription() + " [@Sensitive]", text));
                            break;
                        }
                    }
                }
            }
        };
    }

    // ==================================================================================== EVENT: own events only

    /** EVENT-01: names none of another context's events, unless it is an incoming event adapter (a subscriber). */
    static ArchCondition<JavaClass> notNameAnotherContextsEvents(Layout layout) {
        return new ArchCondition<>("name no event of another context") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                if (layout.isInLayer(origin, "adapter.in.event")) {
                    return;
                }
                Optional<String> own = layout.contextOf(origin);
                Set<String> reported = new HashSet<>();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<JavaClass> target = target(dependency);
                    if (target.isEmpty()) {
                        continue;
                    }
                    Optional<String> other = layout.contextOf(target.get());
                    boolean anothersEvent = target.get().isAnnotatedWith(layout.publishedEvent())
                            ? !other.equals(own)
                            : other.isPresent() && !other.equals(own) && isEventLanguage(layout, target.get());
                    if (anothersEvent && reported.add(target.get().getName())) {
                        events.add(said(dependency, dependency.getDescription() + " [another context's event]",
                                uses(layout, origin, target.get()) + ", an event of another context: only an incoming "
                                        + "event adapter may name it, to subscribe"));
                    }
                }
            }
        };
    }

    /**
     * EVENT-02: an integration event ({@code @PublishedEvent}) sits in its own context's {@code api.event} and its
     * published name starts with that context's name ({@code social-care.} for {@code socialcare}).
     */
    static ArchCondition<JavaClass> beAnEventOfTheirOwnContext(Layout layout) {
        return new ArchCondition<>("sit in their context's api.event and be named <context-name>.<fact>") {
            @Override
            public void check(JavaClass event, ConditionEvents events) {
                Optional<String> context = layout.contextOf(event);
                if (context.isEmpty()) {
                    String text = event.getName() + " is a published event outside every context";
                    events.add(said(event, text, text));
                    return;
                }
                if (!Layout.isIn(event, layout.in(context.get(), "api.event"))) {
                    String text = event.getName() + ", a published event of " + layout.displayNames().get(context.get())
                            + ", sits in " + layout.whereIs(event) + " instead of its api.event package";
                    events.add(said(event, text, text));
                }
                JavaAnnotation<JavaClass> published = event.getAnnotationOfType(layout.publishedEvent());
                String name = String.valueOf(published.get("name").orElse(""));
                int dot = name.indexOf('.');
                String prefix = dot < 0 ? "" : name.substring(0, dot);
                if (!prefix.matches("[a-z]+(-[a-z]+)*") || !prefix.replace("-", "").equals(context.get())) {
                    String text = event.getName() + ", a published event of " + layout.displayNames().get(context.get())
                            + ", is published as '" + name + "', which does not start with its own context's name ("
                            + layout.displayNames().get(context.get()).replace(' ', '-') + ".<fact>)";
                    events.add(said(event, text, text));
                }
            }
        };
    }

    // ==================================================================================== ACCESS: the door to a child's record

    /**
     * ACCESS-01: every public method that takes a {@code Caller} reaches a call to the access port's
     * {@code authorise...} (ChildRecordAccess or ContextRecordAccess), directly or through the methods and lambdas of
     * its own class (lambdas passed to a kernel template are part of the method that writes them).
     */
    static ArchCondition<JavaClass> takeEveryCallerThroughTheAccessPort(Layout layout) {
        Set<String> ports = Set.of(layout.childRecordAccess(), layout.contextRecordAccess());
        return new ArchCondition<>("take every caller through the access port") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                for (JavaMethod useCase : service.getMethods()) {
                    Set<JavaModifier> modifiers = useCase.getModifiers();
                    boolean takesCaller = useCase.getRawParameterTypes().stream()
                            .anyMatch(p -> p.getName().equals(layout.caller()));
                    if (!modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.SYNTHETIC)
                            || modifiers.contains(JavaModifier.BRIDGE) || !takesCaller) {
                        continue;
                    }
                    if (!reachesTheAccessPort(useCase, ports)) {
                        String params = useCase.getRawParameterTypes().stream().map(JavaClass::getSimpleName)
                                .collect(Collectors.joining(", "));
                        String text = service.getName() + "." + useCase.getName() + "(" + params + "), a use case of "
                                + layout.whereIs(service) + ", takes a Caller but never calls the access port "
                                + "(authorise or authoriseAll), neither itself nor through its class's own methods";
                        events.add(said(useCase, text + " in " + useCase.getSourceCodeLocation(), text));
                    }
                }
            }
        };
    }

    /**
     * DATA-06: every public method of a use case class that answers a page ({@code Page}, a published {@code ...Page}, or
     * any answer that states a {@code total}) reaches {@code UnitOfWork.inSnapshot}, directly or through the methods and lambdas of its own class.
     */
    static ArchCondition<JavaClass> readEveryPageInOneSnapshot(Layout layout) {
        Set<String> unitOfWork = Set.of(layout.unitOfWork());
        return new ArchCondition<>("read every page it answers in one snapshot") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                for (JavaMethod useCase : service.getMethods()) {
                    Set<JavaModifier> modifiers = useCase.getModifiers();
                    JavaClass answerType = useCase.getRawReturnType();
                    String answer = answerType.getSimpleName();
                    boolean answersAPage = answer.endsWith("Page")
                            || answerType.getFields().stream().anyMatch(f -> f.getName().equals("total"));
                    if (!modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.SYNTHETIC)
                            || modifiers.contains(JavaModifier.BRIDGE) || !answersAPage) {
                        continue;
                    }
                    if (!reaches(useCase, unitOfWork, "inSnapshot")) {
                        String text = service.getName() + "." + useCase.getName() + ", a use case of "
                                + layout.whereIs(service) + ", answers a page (" + answer + ") but never reads it in "
                                + "one snapshot (UnitOfWork.inSnapshot), neither itself nor through its class's own "
                                + "methods, so its items and its total may disagree";
                        events.add(said(useCase, text + " in " + useCase.getSourceCodeLocation(), text));
                    }
                }
            }
        };
    }

    /** Breadth-first through the calls of {@code start}, following only methods of the same top-level class. */
    static boolean reachesTheAccessPort(JavaMethod start, Set<String> ports) {
        return reaches(start, ports, "authorise");
    }

    /**
     * Whether {@code start} calls a method named {@code prefix...} of one of {@code owners}, itself or through the
     * methods and lambdas of its own top-level class (breadth-first).
     */
    static boolean reaches(JavaMethod start, Set<String> owners, String prefix) {
        JavaClass home = Layout.topLevel(start.getOwner());
        Deque<JavaCodeUnit> todo = new ArrayDeque<>(List.of(start));
        Set<JavaCodeUnit> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            List<JavaAccess<?>> calls = new java.util.ArrayList<>(unit.getMethodCallsFromSelf());
            calls.addAll(unit.getMethodReferencesFromSelf());
            for (JavaAccess<?> call : calls) {
                String owner = call.getTargetOwner().getName();
                if (owners.contains(owner) && call.getName().startsWith(prefix)) {
                    return true;
                }
                if (Layout.topLevel(call.getTargetOwner()).equals(home)) {
                    Object member = call.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget t
                            ? t.resolveMember().orElse(null)
                            : call.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.MethodReferenceTarget r
                                    ? r.resolveMember().orElse(null) : null;
                    if (member instanceof JavaCodeUnit next && seen.add(next)) {
                        todo.add(next);
                    }
                }
            }
        }
        return false;
    }
}
