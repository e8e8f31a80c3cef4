package org.cypf.healthwellbeing.send.domain;

import java.time.LocalDate;

/**
 * What SEN2 asks of a request beyond its dates (DfE SEN2 person level, modules 1 and 2): the person's details as the
 * request gave them, the request's source (1 parent or young person, 2 school or setting, 3 health, 4 social care,
 * 5 other) and RYA (first request while the young person was in a youth offending institution: RYA), and two ends
 * SEN2 codes as outcomes: withdrawn or ceased before the decision it waited for (W) and a decision not to issue a
 * plan (AssessmentOutcome N). Any of them may be unknown (null) until recorded; the SEN2 validation says which the
 * return still needs.
 */
public record Sen2Facts(String surname, String forename, LocalDate birthDate, String sex, String ethnicity,
                        String postcode, String upn, String uln, String upnUnknown, Integer requestSource,
                        Boolean rya, LocalDate withdrawnOn, LocalDate notToIssueOn) {
    /** Nothing recorded yet. */
    public static final Sen2Facts NONE = new Sen2Facts(null, null, null, null, null, null, null, null, null, null, null,
            null, null);

    Sen2Facts withPerson(Sen2Facts given) {
        return new Sen2Facts(given.surname, given.forename, given.birthDate, given.sex, given.ethnicity, given.postcode,
                given.upn, given.uln, given.upnUnknown, given.requestSource, given.rya, withdrawnOn, notToIssueOn);
    }

    Sen2Facts withdrawn(LocalDate on) {
        return new Sen2Facts(surname, forename, birthDate, sex, ethnicity, postcode, upn, uln, upnUnknown,
                requestSource, rya, on, notToIssueOn);
    }

    Sen2Facts notToIssue(LocalDate on) {
        return new Sen2Facts(surname, forename, birthDate, sex, ethnicity, postcode, upn, uln, upnUnknown,
                requestSource, rya, withdrawnOn, on);
    }
}
