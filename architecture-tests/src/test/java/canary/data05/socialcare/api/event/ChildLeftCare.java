package canary.data05.socialcare.api.event;

import canary.data05.kernel.contract.Sensitive;
import java.util.UUID;

/** An event with a tagged identifier and postcode and an untagged technical id. */
public record ChildLeftCare(@Sensitive String childId, UUID periodId, @Sensitive String postcode) {}
