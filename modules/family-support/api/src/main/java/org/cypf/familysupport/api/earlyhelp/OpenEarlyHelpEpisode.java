package org.cypf.familysupport.api.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An early help episode opened from a request for support triaged to EARLY_HELP, once per request.
 *
 * @param leadPractitioner             who leads the family's early help (the framework requires one)
 * @param leadPractitionerOrganisation the lead practitioner's organisation (council, school, health, voluntary sector)
 */
public record OpenEarlyHelpEpisode(UUID requestId, LocalDate openedOn, String leadPractitioner,
                                   String leadPractitionerOrganisation) {}
