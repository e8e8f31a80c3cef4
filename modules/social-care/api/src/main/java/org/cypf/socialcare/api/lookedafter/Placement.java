package org.cypf.socialcare.api.lookedafter;

import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.place.Postcode;

/**
 * Where and with whom the child lives during an episode.
 *
 * @param placementType SSDA903 PLACE code valid in the collection year of the episode's start (e.g. U4, K2)
 * @param provider      SSDA903 PLACE_PROVIDER code (PR0-PR5); required, except for a placement without a provider,
 *                      T0-T4 and Z1, for which it must be left out (DfE rules 213, 178)
 * @param postcode      the placement's postcode (PL_POST), when it has one
 * @param urn           Ofsted unique reference number of a registered provision (URN), when it has one
 */
public record Placement(String placementType, @Nullable String provider, @Nullable Postcode postcode, @Nullable String urn) {}
