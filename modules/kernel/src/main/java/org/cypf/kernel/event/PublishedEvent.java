package org.cypf.kernel.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an integration event its stable name on the wire, for example {@code social-care.child-entered-care}.
 * The name, not the Java class name, is stored in the outbox, so classes can move without orphaning events.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublishedEvent {
    /** {@code <context>.<fact-in-kebab-case>}; never reuse or rename a published name. */
    String name();

    /** Incremented when the payload changes incompatibly; subscribers declare which version they read. */
    int version() default 1;
}
