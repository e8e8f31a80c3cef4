package org.cypf.socialcare.api.event;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * A child turned 18 while looked after: from today they are a care leaver (former relevant), owed a personal
 * adviser and a pathway plan to 21 (25 on request). Published once per child.
 *
 * @param periodId the period of care the child was in the day before their birthday
 */
@PublishedEvent(name = "social-care.care-leaver-turned-18")
public record CareLeaverTurned18(@Sensitive(PERSONAL) String childId, UUID periodId,
                                 @Sensitive(PERSONAL) LocalDate dateOfBirth,
                                 @Sensitive(PERSONAL) LocalDate eighteenthBirthday, @Sensitive(PERSONAL) String upn) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}
