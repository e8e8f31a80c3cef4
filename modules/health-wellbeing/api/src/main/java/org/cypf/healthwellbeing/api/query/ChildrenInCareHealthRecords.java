package org.cypf.healthwellbeing.api.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.port.QueryPort;

/**
 * Health's answer for social care's SSDA903 OC2 file: what health holds of a child in care for a year. Each answer
 * reads the child's record through the access port and is audited.
 */
@QueryPort("the health of a child in care for a year, for social care's SSDA903 OC2 file")
public interface ChildrenInCareHealthRecords {

    /** The most children one {@link #forChildren} call answers for. */
    int MAX_CHILDREN = 20_000;

    /** Empty when health holds no record of the child's time in care. */
    Optional<ChildInCareHealthForYear> forYear(Caller caller, String childId, LocalDate yearEnding);

    /**
     * {@link #forYear} for each of {@code childIds} (at most {@value #MAX_CHILDREN}) in one unit of work, each child's
     * record authorised and audited: those health holds no record of are left out.
     */
    List<ChildInCareHealthForYear> forChildren(Caller caller, List<String> childIds, LocalDate yearEnding);
}
