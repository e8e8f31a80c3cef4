package org.cypf.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;
import com.tngtech.archunit.lang.ConditionEvent;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.cycle_detection.Cycle;
import com.tngtech.archunit.library.cycle_detection.Edge;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.cypf.architecture.ArchitectureRule.Violation;

/**
 * Says a violation in words an auditor can read, from the objects ArchUnit reports it for:
 * "canary.ctx01.socialcare.lookedafter.domain.BreachReadsEducationDomain, in social care's domain (lookedafter), uses
 * education skills' domain (virtualschool) class Pupil". The conditions of this module attach their own sentence
 * ({@link #said}); for ArchUnit's own conditions the sentence is built from the dependency, access, class or cycle.
 */
final class Sentences {

    /** A violating object with the sentence that explains it, made by {@link #said}. */
    record Said(Object subject, String sentence, String location) {}

    private final Layout layout;

    Sentences(Layout layout) {
        this.layout = layout;
    }

    /** A violation event whose sentence is {@code sentence}; {@code raw} keeps ArchUnit's wording and the source line. */
    static ConditionEvent said(Object subject, String raw, String sentence) {
        return new SimpleConditionEvent(new Said(subject, sentence, location(subject)), false, raw);
    }

    /** As {@link #said(Object, String, String)}, at a source location the subject does not carry ("(A.java:12)"). */
    static ConditionEvent said(Object subject, String raw, String sentence, String location) {
        return new SimpleConditionEvent(new Said(subject, sentence, location), false, raw);
    }

    Violation violation(Collection<Object> objects, String message) {
        for (Object o : objects) {
            if (o instanceof Said said) {
                return new Violation(message, said.sentence(), said.location());
            }
        }
        for (Object o : objects) {
            if (o instanceof Dependency d) {
                return new Violation(message, uses(d.getOriginClass(), d.getTargetClass()), location(d));
            }
            if (o instanceof JavaAccess<?> a) {
                return new Violation(message, uses(a.getOriginOwner(), a.getTargetOwner()), location(a));
            }
            if (o instanceof Cycle<?> cycle) {
                return new Violation(message, cycle(cycle), "");
            }
            if (o instanceof JavaClass c) {
                // ArchUnit's own wording, "Class <x> does not ... in (X.java:0)", becomes "x, in <where>, does not ..."
                String said = firstLine(message).replace("Class <" + c.getName() + "> ", "")
                        .replaceAll(" in \\([^()]*\\.java:\\d+\\)$", "");
                return new Violation(message, c.getName() + ", in " + layout.whereIs(c) + ", " + said, location(c));
            }
            if (o instanceof JavaMember m) {
                return new Violation(message, m.getFullName() + ", in " + layout.whereIs(m.getOwner()) + ", "
                        + firstLine(message).replace(m.getFullName(), "it"), location(m));
            }
        }
        return new Violation(message, firstLine(message), "");
    }

    /** "X, in social care's domain (lookedafter), uses education skills' domain (virtualschool) class Pupil". */
    String uses(JavaClass origin, JavaClass target) {
        JavaClass t = target.getBaseComponentType();
        return origin.getName() + ", in " + layout.whereIs(origin) + ", uses " + layout.whereIs(t) + " class "
                + t.getSimpleName();
    }

    /** "A cycle: social care (frontdoor) uses social care (protection), which uses social care (frontdoor)". */
    private static String cycle(Cycle<?> cycle) {
        List<String> steps = new ArrayList<>();
        for (Edge<?> edge : cycle.getEdges()) {
            if (steps.isEmpty()) {
                steps.add(node(edge.getOrigin()));
            }
            steps.add(node(edge.getTarget()));
        }
        return "A cycle: " + steps.get(0) + " uses " + steps.subList(1, steps.size()).stream()
                .collect(Collectors.joining(", which uses "));
    }

    private static String node(Object node) {
        if (node instanceof Slice slice) {
            String d = slice.getDescription();
            return d.startsWith("Slice ") ? d.substring("Slice ".length()) : d;
        }
        return String.valueOf(node);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String location(Object o) {
        return o instanceof HasSourceCodeLocation h ? h.getSourceCodeLocation().toString() : "";
    }
}
