package org.cypf.socialcare.careleavers.port;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;

/** Which children's 18th birthdays have been published. Every method runs inside the caller's unit of work. */
public interface EighteenthBirthdaysPublished {

    /** Those of {@code children} whose 18th birthday has been published. */
    java.util.Set<ChildId> published(java.util.Collection<ChildId> children);

    /** Records that the child's 18th birthday is published; false when it already was (nothing is changed). */
    boolean markPublished(ChildId child, LocalDate birthday, UUID periodId);
}
