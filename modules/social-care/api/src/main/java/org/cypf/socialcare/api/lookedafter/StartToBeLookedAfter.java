package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.place.Postcode;

/**
 * A child starts to be looked after: the first episode of a new period of care (SSDA903 RNE {@code S}).
 *
 * @param legalStatus    SSDA903 LS code (e.g. C2 full care order, V2 accommodated under section 20)
 * @param categoryOfNeed SSDA903 CIN code N1-N8
 * @param homePostcode   the postcode of the home the child was living at (HOME_POST), when known
 */
public record StartToBeLookedAfter(ChildDetails child, LocalDate startDate, String legalStatus, String categoryOfNeed,
                                   Placement placement, @Nullable Postcode homePostcode) {}
