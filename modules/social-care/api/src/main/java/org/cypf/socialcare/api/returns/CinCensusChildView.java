package org.cypf.socialcare.api.returns;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/** A child's CIN census characteristics as held. */
public record CinCensusChildView(String childId, @Sensitive(PERSONAL) String localChildId, @Nullable String ethnicity,
                                 List<String> disabilities, @Nullable String upnUnknown, @Nullable String formerUpn,
                                 @Nullable LocalDate deathDate) {
    public CinCensusChildView {
        disabilities = List.copyOf(disabilities);
    }
}
