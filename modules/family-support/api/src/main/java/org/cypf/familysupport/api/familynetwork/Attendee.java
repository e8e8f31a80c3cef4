package org.cypf.familysupport.api.familynetwork;

/** Someone who attended: a family member, a friend, a practitioner; their relationship to the family. */
public record Attendee(String name, String relationship) {}
