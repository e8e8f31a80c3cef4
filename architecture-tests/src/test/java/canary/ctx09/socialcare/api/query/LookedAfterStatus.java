package canary.ctx09.socialcare.api.query;

import canary.ctx09.kernel.port.QueryPort;
import java.util.Optional;

/** A question social care explicitly offers other contexts. */
@QueryPort
public interface LookedAfterStatus {
    Optional<CareStatus> statusOf(String childId);
}
