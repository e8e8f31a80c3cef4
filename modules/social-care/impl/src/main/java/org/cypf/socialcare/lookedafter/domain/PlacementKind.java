package org.cypf.socialcare.lookedafter.domain;

import java.util.Set;

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

    private static final Set<String> KINSHIP_FOSTERING = Set.of("U1", "U2", "U3");
    private static final Set<String> OTHER_FOSTERING = Set.of("U4", "U5", "U6");
    private static final Set<String> RESIDENTIAL = Set.of("K1", "K2", "R1");
    private static final Set<String> INDEPENDENT = Set.of("PR4", "PR5");

    public static PlacementKind of(String placementType, String provider) {
        if (KINSHIP_FOSTERING.contains(placementType)) {
            return KINSHIP;
        }
        if (OTHER_FOSTERING.contains(placementType)) {
            return "PR1".equals(provider) ? IN_HOUSE_FOSTERING : INDEPENDENT.contains(provider) ? AGENCY_FOSTERING : OTHER;
        }
        if (RESIDENTIAL.contains(placementType)) {
            return "PR1".equals(provider) ? IN_HOUSE_RESIDENTIAL : INDEPENDENT.contains(provider) ? INDEPENDENT_RESIDENTIAL : OTHER;
        }
        return "P1".equals(placementType) ? PLACED_WITH_PARENTS : OTHER;
    }
}
