package org.cypf.kernel.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tags a component of a published record (a command, a view, an integration event) that carries personal or
 * special-category data about a child or a family member (ADR 0101). The tag is read by the build, not at run time:
 * rule DATA-05 keeps a tagged value out of log calls and metric labels, the event check lets an event carry tagged
 * fields only to contexts whose data-sharing agreement covers the publisher's, and the auditors' report lists every
 * tagged field per context.
 *
 * <pre>{@code
 * public record ChildLeftCare(String childId, UUID periodId, @Sensitive(SOCIAL_CARE) LocalDate endDate, ...) {}
 * }</pre>
 *
 * <p>A component is tagged when it identifies or describes a person (an identifier the partnership shares, a date of
 * birth, a name, a postcode) or records a service's special-category finding about them. A record's own technical
 * ids (a period's UUID) and counts are not tagged.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Sensitive {
    /** What kind of data it is; a field may be of more than one kind. */
    Category[] value();

    /** The kinds of personal data the partnership's agreements and the UK GDPR distinguish. */
    enum Category {
        /** Identifies or describes a person: an identifier, a date of birth, a name, an address or postcode. */
        PERSONAL,
        /** Health data (special category, UK GDPR article 9). */
        HEALTH,
        /** A children's social care finding: being looked after, a protection plan, a legal status. */
        SOCIAL_CARE,
        /** An education record: attendance, a suspension or exclusion, a setting. */
        EDUCATION
    }
}
