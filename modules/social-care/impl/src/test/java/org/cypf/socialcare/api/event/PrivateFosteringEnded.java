package org.cypf.socialcare.api.event;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/** The guide's example event (test tree only): a private fostering arrangement ended. */
@PublishedEvent(name = "social-care.private-fostering-ended")
public record PrivateFosteringEnded(String childId, UUID arrangementId, LocalDate endDate) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}
