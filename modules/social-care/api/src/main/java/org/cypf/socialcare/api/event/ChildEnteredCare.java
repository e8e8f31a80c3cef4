package org.cypf.socialcare.api.event;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * A child started to be looked after. Subscribers with a statutory duty to children in care act on it: the
 * virtual school (Personal Education Plan), health (initial health assessment).
 *
 * @param childId partnership-wide child identifier (kernel ChildId text)
 * @param upn     unique pupil number, or null when the child has none recorded
 */
@PublishedEvent(name = "social-care.child-entered-care")
public record ChildEnteredCare(String childId, UUID periodId, LocalDate startDate, LocalDate dateOfBirth, String upn,
                               String legalStatus, String placementType) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}
