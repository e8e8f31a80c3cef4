package org.cypf.kernel.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a published record (a command, a view) that may be absent. Every other component is
 * required: the HTTP binder refuses a body without it ("is required"), and the generated OpenAPI schema lists it
 * under {@code required} (in a view: never {@code null}). One mark, read by both, so the contract and the binding
 * cannot disagree.
 *
 * <pre>{@code
 * public record ReviewPlan(UUID planId, LocalDate reviewDate, @Nullable String category, long version) {}
 * }</pre>
 *
 * <p>A primitive component is always required and cannot carry this mark; an absent optional list binds as an
 * empty list.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Nullable {}
