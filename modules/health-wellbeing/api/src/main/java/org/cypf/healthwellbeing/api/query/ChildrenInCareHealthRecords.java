package org.cypf.healthwellbeing.api.query;

import java.time.LocalDate;
import java.util.Optional;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.port.QueryPort;

/**
 * Health's answer for social care's SSDA903 OC2 file: what health holds of a child in care for a year. Each answer
 * reads the child's record through the access port and is audited.
 */
@QueryPort("the health of a child in care for a year, for social care's SSDA903 OC2 file")
public interface ChildrenInCareHealthRecords {

    /** Empty when health holds no record of the child's time in care. */
    Optional<ChildInCareHealthForYear> forYear(Caller caller, String childId, LocalDate yearEnding);
}
