package org.cypf.kernel.change;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one way an aggregate is rebuilt from what persistence stored: a static factory that trusts its input
 * (the rules were checked when the record was first made). Java cannot hide it from the other packages, so a rule
 * does: only persistence adapters call a method marked so (ADR 0018). Use cases create and change aggregates through
 * their domain methods, which check the rules, raise events and move the version.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Rebuild {
}
