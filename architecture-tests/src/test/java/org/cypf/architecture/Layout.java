package org.cypf.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import java.util.Optional;

/**
 * Where each part of the platform lives, below one root package ({@code org.cypf} for the real code,
 * {@code canary.xxx} for a canary fixture). Every rule names its packages through this class, so the
 * same rule can be checked against the real code and against its canary.
 *
 * <p>A context {@code c} has: its api {@code root.c.api..}, its assembly class in {@code root.c},
 * its {@code domain..}, its {@code application..} (secondary ports in {@code application.port..}),
 * incoming adapters {@code adapter.in.<kind>..} and outgoing adapters {@code adapter.out.<kind>..}
 * (jOOQ classes generated into {@code adapter.out.persistence.jooq..}).
 */
record Layout(String root, List<String> contexts) {

    /** The five contexts, by package name. Governance oversees; the four others deliver services. */
    static final List<String> CONTEXTS =
            List.of("governance", "socialcare", "educationskills", "familysupport", "healthwellbeing");

    static final String GOVERNANCE = "governance";

    static Layout under(String root) {
        return new Layout(root, CONTEXTS);
    }

    /** {@code root.relative}, e.g. {@code pkg("kernel..")}. */
    String pkg(String relative) {
        return root + "." + relative;
    }

    /** A package identifier inside context {@code context}: {@code in(c, "domain..")}; {@code in(c, "")} is its root package,
     * {@code in(c, "..")} the whole context. */
    String in(String context, String relative) {
        String contextPackage = root + "." + context;
        if (relative.isEmpty()) {
            return contextPackage;
        }
        return relative.startsWith("..") ? contextPackage + relative : contextPackage + "." + relative;
    }

    /** The same package identifier in every context: {@code inEveryContext("domain..")}. */
    String[] inEveryContext(String relative) {
        return contexts.stream().map(c -> in(c, relative)).toArray(String[]::new);
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

    boolean isInApi(JavaClass javaClass) {
        return contextOf(javaClass).map(c -> isIn(javaClass, in(c, "api"))).orElse(false);
    }

    static boolean isIn(JavaClass javaClass, String packageName) {
        String p = javaClass.getPackageName();
        return p.equals(packageName) || p.startsWith(packageName + ".");
    }
}
