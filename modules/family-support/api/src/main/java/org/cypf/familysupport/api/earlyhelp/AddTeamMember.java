package org.cypf.familysupport.api.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;

/** A practitioner joins the team around the family. */
public record AddTeamMember(UUID episodeId, long version, String name, String organisation, String role,
                            LocalDate joinedOn) {}
