package org.cypf.socialcare.api.event;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/** A child stopped being looked after; {@code reasonCeased} is the SSDA903 REC code. */
@PublishedEvent(name = "social-care.child-left-care")
public record ChildLeftCare(String childId, UUID periodId, LocalDate endDate, String reasonCeased)
        implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}
