package org.cypf.socialcare.api.lookedafter;

import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.place.Postcode;

/**
 * Where and with whom the child lives during an episode.
 *
 * @param placementType SSDA903 PLACE code valid in the collection year of the episode's start (e.g. U4, K2)
 * @param provider      SSDA903 PLACE_PROVIDER code (PR0-PR5)
 * @param postcode      the placement's postcode (PL_POST), when it has one
 * @param urn           Ofsted unique reference number of a registered provision (URN), when it has one
 */
public record Placement(String placementType, String provider, @Nullable Postcode postcode, @Nullable String urn) {}
