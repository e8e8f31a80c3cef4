package org.cypf.familysupport.api.earlyhelp;

/** A family member handed over to social care's front door with a step-up. */
public record FamilyMember(String name, String relationship) {}
