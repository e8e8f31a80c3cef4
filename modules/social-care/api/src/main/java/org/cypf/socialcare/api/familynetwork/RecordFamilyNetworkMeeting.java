package org.cypf.socialcare.api.familynetwork;

import java.time.LocalDate;

/**
 * @param type    FAMILY_NETWORK_MEETING or FAMILY_GROUP_CONFERENCE
 * @param outcome FAMILY_PLAN_AGREED, FAMILY_PLAN_NOT_AGREED, RECONVENE or NO_PLAN_MADE
 */
public record RecordFamilyNetworkMeeting(String childId, LocalDate heldOn, String type, String outcome) {}
