package org.cypf.kernel.port;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface of a context's api as a query port: a question other contexts may ask it (ADR 0002, ADR 0014).
 * Another context may use, of this api, only its published events and the interfaces marked so, with the records they
 * take and return (rule CTX-09). Put it in the api's {@code query} package; a query answers, it never changes a record.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QueryPort {
    /** What the question is for, in the context's own words; shown in the context's canvas. */
    String value() default "";
}
