package org.cypf.architecture;

import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checks that ArchUnit's fluent API cannot say on its own, mostly because they compare the context of
 * the class that depends with the context of the class it depends on ("its own domain", "another context").
 * Each reports every offending dependency, with the line it comes from.
 */
final class Conditions {

    private Conditions() {}

    /** The class a dependency really points at: the element type of an array; nothing for primitives. */
    private static Optional<JavaClass> target(Dependency dependency) {
        JavaClass target = dependency.getTargetClass().getBaseComponentType();
        return target.isPrimitive() ? Optional.empty() : Optional.of(target);
    }

    /**
     * Depends only on the packages {@code allowed} gives for the class's own context. {@code allowed} receives the
     * context name and returns package identifiers (ArchUnit syntax, e.g. {@code org.cypf.socialcare.domain..}).
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
                        events.add(violated(dependency, dependency.getDescription()));
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
                        events.add(violated(dependency, String.format(
                                "%s [%s reaches into the internals of %s]",
                                dependency.getDescription(), own.orElse("?"), other.get())));
                    }
                }
            }
        };
    }

    /** Is used only by classes of its own context's package {@code ownerRelative} (e.g. {@code adapter.out.persistence}). */
    static ArchCondition<JavaClass> onlyBeUsedFromOwnContextPackage(Layout layout, String ownerRelative, String description) {
        return new ArchCondition<>("only be used by " + description) {
            @Override
            public void check(JavaClass used, ConditionEvents events) {
                Optional<String> context = layout.contextOf(used);
                for (Dependency dependency : used.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    boolean permitted = context.isPresent()
                            && Layout.isIn(origin, layout.in(context.get(), ownerRelative));
                    if (!permitted) {
                        events.add(violated(dependency, String.format(
                                "%s [%s is %s's generated code]",
                                dependency.getDescription(), used.getName(), context.orElse("no context"))));
                    }
                }
            }
        };
    }

    /** The class is a context's assembly class ({@code XxxContext}) or a class nested in it. */
    static ArchCondition<JavaClass> beTheAssemblyClassOrNestedInIt() {
        return new ArchCondition<>("be the context's assembly class (named ...Context) or nested in it") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                JavaClass topLevel = javaClass;
                while (topLevel.getEnclosingClass().isPresent()) {
                    topLevel = topLevel.getEnclosingClass().get();
                }
                if (!topLevel.getSimpleName().endsWith("Context")) {
                    events.add(violated(javaClass, String.format(
                            "%s sits in the context's root package but is not its assembly class (...Context)",
                            javaClass.getName())));
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
                    events.add(violated(javaClass, String.format(
                            "%s is a plain class; an api type must be a record, an interface, an enum or an annotation",
                            javaClass.getName())));
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
                    events.add(violated(field, String.format("%s is not final", field.getFullName())));
                }
                if (field.getRawType().isArray()) {
                    events.add(violated(field, String.format(
                            "%s holds an array (%s), whose elements anyone can change",
                            field.getFullName(), field.getRawType().getName())));
                }
            }
        };
    }

    /** The parts a context's classes may sit in, relative to the context's package ("" is its root package). */
    static final List<String> CONTEXT_PARTS =
            List.of("", "api..", "domain..", "application..", "adapter.in.*..", "adapter.out.*..");

    /** Sits in one of {@link #CONTEXT_PARTS} of its own context. */
    static ArchCondition<JavaClass> sitInAKnownPartOfTheirContext(Layout layout) {
        return new ArchCondition<>("sit in one of their context's parts: the root package (assembly class), api, domain, "
                + "application, adapter.in.<kind> or adapter.out.<kind>") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Optional<String> context = layout.contextOf(javaClass);
                boolean known = context.isPresent() && PackageMatchers.of(
                                CONTEXT_PARTS.stream().map(part -> layout.in(context.get(), part)).toList())
                        .test(javaClass.getPackageName());
                if (!known) {
                    events.add(violated(javaClass, String.format(
                            "%s sits in package %s, which is none of the context's parts (root package for the assembly "
                                    + "class, api, domain, application, adapter.in.<kind>, adapter.out.<kind>)",
                            javaClass.getName(), javaClass.getPackageName())));
                }
            }
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
                return SliceIdentifier.of(context.get() + (api ? " api" : " implementation"));
            }

            @Override
            public String getDescription() {
                return description;
            }
        };
    }
}
