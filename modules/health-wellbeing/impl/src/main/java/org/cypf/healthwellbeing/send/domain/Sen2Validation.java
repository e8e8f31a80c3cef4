package org.cypf.healthwellbeing.send.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cypf.healthwellbeing.shared.domain.Sen2Codes;

/**
 * The SEN2 validation rules CYPF can check from what health holds, each with its id (ADR 0057 lists them with the
 * DfE item each checks). The ids are CYPF's own: the DfE's numbering of its rules was not to hand, so none is claimed. An ERROR is one the DfE's collection would refuse the return for; a QUERY one it asks the
 * authority to explain. The rules are data about a {@link Sen2Return}: the export runs them and says every finding.
 */
public final class Sen2Validation {
    public enum Severity { ERROR, QUERY }

    /** One finding: the rule, how grave, the request and child, the SEN2 item and what is wrong. */
    public record Finding(String rule, Severity severity, String childId, UUID requestId, String item, String message) {}

    private Sen2Validation() {}

    public static List<Finding> check(Sen2Return sen2) {
        List<Finding> found = new ArrayList<>();
        for (EhcRequest r : sen2.requests()) {
            var f = r.sen2();
            var at = new Object() {
                void add(String rule, Severity s, String item, String message) {
                    found.add(new Finding(rule, s, r.childId().toString(), r.id(), item, message));
                }
            };
            // Module 1: the person
            if (f.surname() == null || f.forename() == null) {
                at.add("SEN2-V01", Severity.ERROR, "Surname/Forename", "the person's surname and forename are required");
            }
            if (f.birthDate() == null) {
                at.add("SEN2-V02", Severity.ERROR, "PersonBirthDate", "the person's date of birth is required");
            } else if (Period.between(f.birthDate(), sen2.referenceDate()).getYears() >= 26) {
                at.add("SEN2-V03", Severity.QUERY, "PersonBirthDate",
                        "the person is 26 or older on the census date: EHC plans end at 25");
            }
            if (f.sex() == null) {
                at.add("SEN2-V04", Severity.ERROR, "Sex", "sex is required (M or F)");
            }
            if (f.upn() == null && f.uln() == null && f.upnUnknown() == null) {
                at.add("SEN2-V05", Severity.ERROR, "UPN/UniqueLearnerNumber/UPNunknown",
                        "a UPN, a ULN or the reason neither is known (UPNunknown) is required");
            }
            Sen2Codes.upnRefusal(f.upn()).ifPresent(m -> at.add("SEN2-V06", Severity.ERROR, "UPN", m));
            if (f.ethnicity() == null) {
                at.add("SEN2-V07", Severity.QUERY, "Ethnicity", "ethnicity is not recorded");
            }
            // Module 2: the request
            if (f.requestSource() == null) {
                at.add("SEN2-V08", Severity.ERROR, "RequestSource", "the request's source (1-5) is required");
            }
            LocalDate outcomeOn = Sen2Return.requestOutcomeDate(r);
            if (outcomeOn != null && outcomeOn.isBefore(r.receivedOn())) {
                at.add("SEN2-V09", Severity.ERROR, "RequestOutcomeDate", "must not be before ReceivedDate");
            }
            if (r.decidedOn() != null && r.decidedOn().isAfter(r.decisionDueBy())
                    && !r.decidedOn().isBefore(sen2.from())) {
                at.add("SEN2-V10", Severity.QUERY, "RequestOutcomeDate", "the decision whether to assess took "
                        + ChronoUnit.WEEKS.between(r.receivedOn(), r.decidedOn()) + " weeks: more than 6");
            }
            if (r.decision() == null && r.sen2().withdrawnOn() == null
                    && sen2.referenceDate().isAfter(r.decisionDueBy())) {
                at.add("SEN2-V11", Severity.QUERY, "RequestOutcome",
                        "no decision whether to assess by the census date, more than 6 weeks after the request");
            }
            // Module 3: the assessment
            if (r.decision() == EhcRequest.Decision.ASSESS) {
                String outcome = sen2.assessmentOutcome(r);
                if ((outcome.equals("Y") || outcome.equals("N")) && Sen2Return.assessmentOutcomeDate(r) == null) {
                    at.add("SEN2-V12", Severity.ERROR, "AssessmentOutcomeDate", "required when the outcome is Y or N");
                }
                if (outcome.equals("Y") && !Boolean.TRUE.equals(r.planWithinTwentyWeeks()) && r.exception() == null) {
                    at.add("SEN2-V13", Severity.QUERY, "Week20", "the plan was issued "
                            + ChronoUnit.WEEKS.between(r.receivedOn(), r.planIssuedOn())
                            + " weeks after the request with no exception recorded (20-week time limit)");
                }
                if (outcome.equals("A") && sen2.referenceDate().isAfter(r.planDueBy())) {
                    at.add("SEN2-V14", Severity.QUERY, "AssessmentOutcome",
                            "no decision to issue a plan by the census date, more than 20 weeks after the request");
                }
            }
            // Module 4 and 5: the plan, its setting and needs
            if (r.planIssuedOn() != null) {
                if ((r.ceasedOn() == null) != (r.ceaseReason() == null)) {
                    at.add("SEN2-V15", Severity.ERROR, "CeaseDate/CeaseReason", "a cease date and reason go together");
                }
                if (sen2.activeAtReference(r)) {
                    if (r.needTypes().isEmpty()) {
                        at.add("SEN2-V16", Severity.ERROR, "SENneed", "an active plan needs a primary need (rank 1)");
                    }
                    for (String need : r.needTypes()) {
                        Sen2Codes.needTypeRefusal(need, sen2.referenceDate())
                                .ifPresent(m -> at.add("SEN2-V17", Severity.ERROR, "SENtype", m));
                    }
                    if (r.namedSetting() == null) {
                        at.add("SEN2-V18", Severity.ERROR, "URN/UKPRN", "an active plan names its setting");
                    }
                    LocalDate lastReview = r.annualReviews().isEmpty() ? r.planIssuedOn() : r.annualReviews().getLast();
                    if (lastReview.plusMonths(12).isBefore(sen2.referenceDate())) {
                        at.add("SEN2-V19", Severity.QUERY, "ReviewMeeting",
                                "no annual review within 12 months before the census date (last " + lastReview + ")");
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}
