package org.cypf.socialcare.api.returns;

import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.contract.Nullable;

/**
 * A child's CIN census characteristics, replacing those held.
 *
 * @param childId      the child, as social care gives it
 * @param ethnicity    Ethnicity (e.g. WBRI; NOBT not yet obtained, REFU refused)
 * @param disabilities Disability codes (NONE alone when the child has none), at most {@value #MAX_DISABILITIES}
 * @param upnUnknown   UPNunknown UN1-UN7, for a child without a UPN
 * @param formerUpn    FormerUPN
 * @param deathDate    PersonDeathDate
 */
public record RecordCinCensusChild(String childId, @Nullable String ethnicity, @Nullable List<String> disabilities,
                                   @Nullable String upnUnknown, @Nullable String formerUpn,
                                   @Nullable LocalDate deathDate) {
    public RecordCinCensusChild {
        disabilities = disabilities == null ? null : List.copyOf(disabilities);
    }

    /** As many as the DfE's disability list has codes. */
    public static final int MAX_DISABILITIES = 13;
}
