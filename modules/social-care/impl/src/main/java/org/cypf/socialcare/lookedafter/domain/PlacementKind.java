package org.cypf.socialcare.lookedafter.domain;

import org.cypf.socialcare.shared.domain.PlacementProvider;
import org.cypf.socialcare.shared.domain.PlacementType;

/**
 * The kinds of placement S004's scorecard counts ("in house foster carers 26 %, foster care agencies 15 %, in house
 * residential 0.7 %, independent residential (excluding supported accommodation) 14 %"), extended so that every
 * placement has exactly one kind and the kinds add up to 100 % of the children looked after. From the SSDA903
 * placement type (PLACE) and provider (PLACE_PROVIDER), the first that fits:
 * <ol>
 *   <li>{@link #KINSHIP}: U1-U3, fostered by a relative or friend (whoever approved the carer: connected carers are
 *       counted here, not under in-house or agency fostering, so that the kinds do not overlap);</li>
 *   <li>{@link #IN_HOUSE_FOSTERING}: U4-U6 with provider PR1 (the authority's own foster carers);</li>
 *   <li>{@link #AGENCY_FOSTERING}: U4-U6 with provider PR4 or PR5 (independent fostering agencies);</li>
 *   <li>{@link #IN_HOUSE_RESIDENTIAL}: K1, K2 or R1 (secure children's home, children's home, residential care home)
 *       with provider PR1;</li>
 *   <li>{@link #INDEPENDENT_RESIDENTIAL}: K1, K2 or R1 with provider PR4 or PR5; supported accommodation (K3, H5) is
 *       not residential care, as S004 says;</li>
 *   <li>{@link #PLACED_WITH_PARENTS}: P1;</li>
 *   <li>{@link #OTHER}: everything else: placed for adoption (A3-A6), supported and semi-independent accommodation
 *       (K3, H5), independent living (P2), residential schools (S1), health (R2), family centres (R3), custody (R5),
 *       temporary moves (T0-T4), residential employment (P3), Z1 and Z11-Z14, and foster or residential placements
 *       provided by another authority or public body (PR2, PR3).</li>
 * </ol>
 */
public enum PlacementKind {
    KINSHIP, IN_HOUSE_FOSTERING, AGENCY_FOSTERING, IN_HOUSE_RESIDENTIAL, INDEPENDENT_RESIDENTIAL, PLACED_WITH_PARENTS,
    OTHER;

    public static PlacementKind of(String placementType, String provider) {
        if (placementType == null) {
            return OTHER;
        }
        PlacementType type = PlacementType.of(placementType);
        if (type.isFosteredByFamilyOrFriends()) {
            return KINSHIP;
        }
        PlacementProvider by = provider == null ? null : PlacementProvider.of(provider);
        if (type.isFosteredByOtherCarers()) {
            return by == null ? OTHER : by.isOwnAuthority() ? IN_HOUSE_FOSTERING : by.isIndependent() ? AGENCY_FOSTERING : OTHER;
        }
        if (type.isResidentialCare()) {
            return by == null ? OTHER : by.isOwnAuthority() ? IN_HOUSE_RESIDENTIAL
                    : by.isIndependent() ? INDEPENDENT_RESIDENTIAL : OTHER;
        }
        return type.isWithParents() ? PLACED_WITH_PARENTS : OTHER;
    }
}
