package org.cypf.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where each part of the platform lives, below one root package ({@code org.cypf} for the real code,
 * {@code canary.xxx} for a canary fixture). Every rule names its packages through this class, so the
 * same rule can be checked against the real code and against its canary.
 *
 * <p><b>The contexts are found in the code, not listed</b> (ADR 0014): every package directly below the root that is not
 * one of the {@link #SHARED shared parts} is a context. A sixth context is checked by every rule the day its first class
 * compiles; rule CTX-08 then requires it to have an assembly class, so a stray top-level package cannot pass for one.
 *
 * <p>Inside a context {@code c} (ADR 0013, capability first, then layer):
 * <pre>
 * root.c                                     the assembly class (named ...Context), nothing else
 * root.c.api..                               the published language (not a capability)
 * root.c.&lt;capability&gt;.domain..               business rules
 * root.c.&lt;capability&gt;.application..          use cases
 * root.c.&lt;capability&gt;.port..                 secondary ports the application needs
 * root.c.&lt;capability&gt;.adapter.in.&lt;kind&gt;..    incoming adapters (http, event, ...)
 * root.c.&lt;capability&gt;.adapter.out.&lt;kind&gt;..   outgoing adapters (persistence, xml, ...)
 * root.c.shared.adapter.out.persistence.jooq..   the context's generated jOOQ classes
 * </pre>
 *
 * @param contexts     the contexts' package names, e.g. {@code socialcare}, sorted
 * @param displayNames each context's name in words, from its assembly class ({@code SocialCareContext}: "social care")
 */
record Layout(String root, List<String> contexts, Map<String, String> displayNames) {

    /** The parts below the root that are not contexts: they serve every context alike and are checked by CTX-06/07. */
    static final List<String> SHARED = List.of("kernel", "platform", "db", "app", "testing", "web", "demo");

    /** The context that oversees the others; its api is the oversight language every context speaks. */
    static final String GOVERNANCE = "governance";

    /** The capability every capability of a context may use (ADR 0013). */
    static final String SHARED_CAPABILITY = "shared";

    /** The layers of a capability, as the first package segment below it. */
    static final List<String> LAYERS = List.of("domain", "application", "port", "adapter");

    /** Names a capability may not have: the api, and the layers (an old layer-first package would pass for one). */
    static final List<String> NOT_CAPABILITY_NAMES = List.of("api", "domain", "application", "port", "adapter");

    Layout {
        contexts = List.copyOf(contexts);
        displayNames = Map.copyOf(displayNames);
    }

    /**
     * The layout of {@code classes} below {@code root}: its contexts are the packages directly below the root that are
     * not shared parts, each named in words after its assembly class if it has one.
     */
    static Layout derive(String root, Iterable<JavaClass> classes) {
        TreeSet<String> found = new TreeSet<>();
        Map<String, String> names = new TreeMap<>();
        for (JavaClass c : classes) {
            String p = c.getPackageName();
            if (!p.startsWith(root + ".")) {
                continue;
            }
            String top = p.substring(root.length() + 1).split("\\.")[0];
            if (SHARED.contains(top)) {
                continue;
            }
            found.add(top);
            if (p.equals(root + "." + top) && c.getSimpleName().endsWith("Context") && c.getSimpleName().length() > 7
                    && c.getEnclosingClass().isEmpty()) {
                String name = c.getSimpleName().substring(0, c.getSimpleName().length() - "Context".length());
                // a canary's offending assembly class is named Breach...Context; its context is named without it
                names.put(top, words(name.startsWith("Breach") && name.length() > 6 ? name.substring(6) : name));
            }
        }
        for (String context : found) {
            names.putIfAbsent(context, context);
        }
        return new Layout(root, new ArrayList<>(found), names);
    }

    /** {@code SocialCare} to "social care". */
    static String words(String camelCase) {
        return String.join(" ", Arrays.stream(camelCase.split("(?<=[a-z0-9])(?=[A-Z])"))
                .map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    /** {@code root.relative}, e.g. {@code pkg("kernel..")}. */
    String pkg(String relative) {
        return root + "." + relative;
    }

    /** A package identifier inside context {@code context}: {@code in(c, "api..")}; {@code in(c, "")} is its root package,
     * {@code in(c, "..")} the whole context. */
    String in(String context, String relative) {
        String contextPackage = root + "." + context;
        if (relative.isEmpty()) {
            return contextPackage;
        }
        return relative.startsWith("..") ? contextPackage + relative : contextPackage + "." + relative;
    }

    /** The same package identifier in every context: {@code inEveryContext("api..")}. */
    String[] inEveryContext(String relative) {
        return contexts.stream().map(c -> in(c, relative)).toArray(String[]::new);
    }

    /** A layer in any capability of {@code context}: {@code inCapabilities(c, "domain..")} is {@code root.c.*.domain..}. */
    String inCapabilities(String context, String layerRelative) {
        return in(context, "*." + layerRelative);
    }

    /** A layer in any capability of every context: {@code root.c.*.domain..} for each context c. */
    String[] inEveryCapability(String layerRelative) {
        return contexts.stream().map(c -> inCapabilities(c, layerRelative)).toArray(String[]::new);
    }

    /** Everything in every context: {@code root.governance..}, {@code root.socialcare..}, ... */
    String[] everyContext() {
        return inEveryContext("..");
    }

    String[] everyContextExcept(String context) {
        return contexts.stream().filter(c -> !c.equals(context)).map(c -> in(c, "..")).toArray(String[]::new);
    }

    /** The context a class belongs to (api or implementation), if any. */
    Optional<String> contextOf(JavaClass javaClass) {
        return contextOf(javaClass.getPackageName());
    }

    Optional<String> contextOf(String packageName) {
        for (String context : contexts) {
            String contextPackage = root + "." + context;
            if (packageName.equals(contextPackage) || packageName.startsWith(contextPackage + ".")) {
                return Optional.of(context);
            }
        }
        return Optional.empty();
    }

    /** The shared part a class belongs to ({@code kernel}, {@code platform}, ...), if any. */
    Optional<String> sharedPartOf(JavaClass javaClass) {
        String p = javaClass.getPackageName();
        return SHARED.stream().filter(s -> p.equals(root + "." + s) || p.startsWith(root + "." + s + ".")).findFirst();
    }

    boolean isInApi(JavaClass javaClass) {
        return contextOf(javaClass).map(c -> isIn(javaClass, in(c, "api"))).orElse(false);
    }

    /** In the root package of its context, where only the assembly class (and what is nested in it) may be. */
    boolean isInContextRoot(JavaClass javaClass) {
        return contextOf(javaClass).map(c -> javaClass.getPackageName().equals(in(c, ""))).orElse(false);
    }

    /** The context's assembly class, or a class nested in it. */
    boolean isAssembly(JavaClass javaClass) {
        return isInContextRoot(javaClass) && topLevel(javaClass).getSimpleName().endsWith("Context");
    }

    /** The package segments of a class below its context's package: {@code protection.domain} gives [protection, domain]. */
    List<String> segmentsInContext(JavaClass javaClass) {
        Optional<String> context = contextOf(javaClass);
        if (context.isEmpty()) {
            return List.of();
        }
        String contextPackage = in(context.get(), "");
        String p = javaClass.getPackageName();
        return p.equals(contextPackage) ? List.of() : List.of(p.substring(contextPackage.length() + 1).split("\\."));
    }

    /** The capability a class belongs to: the first package below its context, unless it is the api or the root. */
    Optional<String> capabilityOf(JavaClass javaClass) {
        List<String> s = segmentsInContext(javaClass);
        return s.isEmpty() || s.get(0).equals("api") ? Optional.empty() : Optional.of(s.get(0));
    }

    /**
     * True if the class sits in {@code layer} of one of its context's capabilities. {@code layer} is dotted and matched
     * as a prefix of the packages below the capability: {@code domain}, {@code application}, {@code port},
     * {@code adapter}, {@code adapter.in}, {@code adapter.in.event}, {@code adapter.out.persistence.jooq}, ...
     */
    boolean isInLayer(JavaClass javaClass, String layer) {
        List<String> s = segmentsInContext(javaClass);
        if (s.isEmpty() || NOT_CAPABILITY_NAMES.contains(s.get(0))) {
            return false;
        }
        List<String> wanted = List.of(layer.split("\\."));
        return s.size() - 1 >= wanted.size() && s.subList(1, 1 + wanted.size()).equals(wanted);
    }

    /** True if the class sits in any of {@code layers} (see {@link #isInLayer}). */
    boolean isInAnyLayer(JavaClass javaClass, String... layers) {
        return Stream.of(layers).anyMatch(layer -> isInLayer(javaClass, layer));
    }

    /**
     * Where a class sits, in words: "social care's domain", "education skills' api", "the kernel", "the application",
     * "the library org.jooq". For sentences in the report.
     */
    String whereIs(JavaClass javaClass) {
        return whereIsPackage(javaClass.getPackageName());
    }

    /** Where a package sits, in words: "social care's domain (protection)", "the platform", "the library org.jooq". */
    String whereIsPackage(String p) {
        Optional<String> context = contextOf(p);
        if (context.isPresent()) {
            String owner = possessive(displayNames.getOrDefault(context.get(), context.get()));
            String contextPackage = in(context.get(), "");
            if (p.equals(in(context.get(), "api")) || p.startsWith(in(context.get(), "api") + ".")) {
                return owner + " api";
            }
            if (p.equals(contextPackage)) {
                return owner + " root package";
            }
            List<String> s = List.of(p.substring(contextPackage.length() + 1).split("\\."));
            String capability = s.get(0);
            String part = s.size() == 1 ? "capability package" : String.join(".", s.subList(1, Math.min(s.size(), 3)));
            String layer = switch (s.size() == 1 ? "" : s.get(1)) {
                case "domain" -> "domain";
                case "application" -> "application";
                case "port" -> "ports";
                case "adapter" -> s.size() >= 4 ? (s.get(2).equals("in") ? "incoming " : "outgoing ") + s.get(3) + " adapter"
                        : part;
                default -> part;
            };
            return owner + " " + layer + (NOT_CAPABILITY_NAMES.contains(capability) ? " (package " + String.join(".", s)
                    + ")" : " (" + capability + ")");
        }
        Optional<String> shared = SHARED.stream().filter(x -> p.equals(root + "." + x) || p.startsWith(root + "." + x + "."))
                .findFirst();
        if (shared.isPresent()) {
            return switch (shared.get()) {
                case "kernel" -> "the shared kernel";
                case "platform" -> "the platform";
                case "db" -> "the database tooling";
                case "app" -> "the application";
                case "web" -> "the web pages";
                case "demo" -> "the demo data generator";
                default -> "the test support";
            };
        }
        if (p.startsWith("java.") || p.startsWith("javax.")) {
            return "Java's " + p;
        }
        return p.startsWith(root) || p.isEmpty() ? "package " + (p.isEmpty() ? "(none)" : p) : "the library " + p;
    }

    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    static boolean isIn(JavaClass javaClass, String packageName) {
        String p = javaClass.getPackageName();
        return p.equals(packageName) || p.startsWith(packageName + ".");
    }

    static JavaClass topLevel(JavaClass javaClass) {
        JavaClass top = javaClass;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    // -------------------------------------------------------------------------------- names the rules look for

    /** The annotation of an integration event: {@code root.kernel.event.PublishedEvent}. */
    String publishedEvent() {
        return pkg("kernel.event.PublishedEvent");
    }

    /** The mark of an aggregate's rebuild-from-storage path: {@code root.kernel.change.Rebuild}. */
    String rebuild() {
        return pkg("kernel.change.Rebuild");
    }

    /** The tag of personal data on published types: {@code root.kernel.contract.Sensitive} (ADR 0101). */
    String sensitive() {
        return pkg("kernel.contract.Sensitive");
    }

    /** What an aggregate changed under optimistic locking implements: {@code root.kernel.change.Versioned}. */
    String versioned() {
        return pkg("kernel.change.Versioned");
    }

    /** The annotation of a query port other contexts may call: {@code root.kernel.port.QueryPort}. */
    String queryPort() {
        return pkg("kernel.port.QueryPort");
    }

    /** Who is asking: {@code root.governance.api.access.Caller}. */
    String caller() {
        return in(GOVERNANCE, "api.access.Caller");
    }

    /** The boundary of one change: {@code root.kernel.transaction.UnitOfWork}. */
    String unitOfWork() {
        return pkg("kernel.transaction.UnitOfWork");
    }

    /** Governance's access port, as governance implements it. */
    String childRecordAccess() {
        return in(GOVERNANCE, "api.access.ChildRecordAccess");
    }

    /** Governance's access port bound to one context's name. */
    String contextRecordAccess() {
        return in(GOVERNANCE, "api.access.ContextRecordAccess");
    }

    /** What a use case is about to do, with the context's name in it. */
    String accessIntent() {
        return in(GOVERNANCE, "api.access.AccessIntent");
    }

    /** What a context implements to provide governance with measures: governance's api. */
    String measureSource() {
        return in(GOVERNANCE, "api.measure.MeasureSource");
    }

    /** The platform's outbox publisher. */
    String outboxPublisher() {
        return pkg("platform.events.OutboxPublisher");
    }

    /** The platform's door to a context's database, which opens its pool. */
    String contextDatabase() {
        return pkg("platform.db.ContextDatabase");
    }
}
