package org.cypf.familysupport.api.earlyhelp;

import java.time.LocalDate;

/** A practitioner in the team around the family, by organisation and role. */
public record TeamMember(String name, String organisation, String role, LocalDate joinedOn) {}
