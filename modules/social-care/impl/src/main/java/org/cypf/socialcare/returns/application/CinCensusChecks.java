package org.cypf.socialcare.returns.application;

import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.CATEGORY_OF_ABUSE;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.GENDER;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.REASON_FOR_CLOSURE;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.REFERRAL_SOURCE;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.SEX;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.cypf.socialcare.returns.domain.CinCensusDetails;
import org.cypf.socialcare.returns.domain.CinCensusUpload;
import org.cypf.socialcare.returns.domain.CinCensusUpload.EpisodeLines;
import org.cypf.socialcare.returns.domain.RowErrors;
import org.cypf.socialcare.shared.domain.CinCensusCodes;

/**
 * The DfE's CIN census validation rules an import checks, child by child, before anything is set beside what CYPF
 * holds. Each issue names the rule it enforces where the DfE numbers one (the list is in
 * docs/guides/integrators-cin-census.md); an <b>error</b> holds the child back, a <b>query</b> (a rule ending Q, or a
 * check letter) never does. The checks CYPF already makes when the same thing is recorded by hand
 * ({@link CinCensusDetails.Child#check}, {@link CinCensusDetails.Episode#check}, {@link Assessment#checkFactors}) are
 * the same definitions, not copies.
 */
final class CinCensusChecks {
    /** DfE rule 8715's message, at either level the message carries a DateOfInitialCPC. */
    private static final String INITIAL_CPC_IN_YEAR =
            "Date of Initial Child Protection Conference must fall within the census year";
    private final CinCensusUpload upload;
    private final CinCensusCodes codes;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;
    private final int year;
    /** An assessment still open at 31 March that started before this is queried (8670Q: 45 working days). */
    private final LocalDate openAssessmentsFrom;
    /** A section 47 enquiry still open at 31 March that started before this is queried (8675Q: 15 working days). */
    private final LocalDate openEnquiriesFrom;

    CinCensusChecks(CinCensusUpload upload, CinCensusCodes codes, LocalDate today) {
        this.upload = upload;
        this.codes = codes;
        this.year = upload.collectionYear();
        this.from = LocalDate.of(year, 4, 1);
        this.to = LocalDate.of(year + 1, 3, 31);
        this.today = today;
        this.openAssessmentsFrom = WorkingDayCalendar.england().addWorkingDays(to, -45);
        this.openEnquiriesFrom = WorkingDayCalendar.england().addWorkingDays(to, -15);
    }

    void checkAll() {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> upns = new HashMap<>();
        for (CinCensusUpload.Entry e : upload.children()) {
            String id = e.child().laChildId();
            if (id != null) {
                Integer first = seen.putIfAbsent(id, e.line());
                if (first != null) {
                    upload.error(id, e.line(), "ChildIdentifiers.LAchildID", "8510",
                            "More than one child record with the same LA Child ID (also at line " + first + ")");
                }
                String upn = e.child().upn();
                if (upn != null) {
                    String other = upns.putIfAbsent(upn, id);
                    if (other != null && !other.equals(id)) {
                        upload.error(id, e.line(), "ChildIdentifiers.UPN", "1520",
                                "Each pupil's UPN must be unique: child " + other + " has the same UPN");
                    }
                }
            }
            child(e);
        }
    }

    private void child(CinCensusUpload.Entry e) {
        CinCensus.Child c = e.child();
        String id = c.laChildId();
        int line = e.line();
        String ids = "ChildIdentifiers.";
        if ((c.birthDate() == null) == (e.expectedBirthDate() == null)) {
            upload.error(id, line, ids + "PersonBirthDate", "8525",
                    "Either Date of Birth or Expected Date of Birth must be provided (but not both)");
        }
        if (c.birthDate() != null && c.birthDate().isAfter(to)) {
            upload.error(id, line, ids + "PersonBirthDate", "8520",
                    "Date of Birth is after data collection period (must be on or before " + to + ")");
        }
        String sex = ids + (year >= 2024 ? "Sex" : "GenderCurrent");
        if (e.sexAsWritten() == null) {
            upload.error(id, line, sex, "4180", year >= 2024 ? "Sex must be provided and equal M, F, or U"
                    : "Gender is missing");
        } else {
            codes.refusal(year >= 2024 ? SEX : GENDER, e.sexAsWritten(), to).ifPresent(r ->
                    upload.error(id, line, sex, "4180", r));
        }
        if (c.upn() != null) {
            if (!c.upn().matches(CinCensusDetails.UPN_SHAPE)) {
                upload.error(id, line, ids + "UPN", "1550",
                        "UPN invalid: a letter, 11 digits, then a digit or a letter");
            } else if (!UniquePupilNumber.isValid(c.upn())) {
                upload.query(id, line, ids + "UPN", "1510",
                        "UPN invalid (wrong check letter at character 1): kept as returned, not as the child's UPN");
            }
        } else if (c.upnUnknown() == null) {
            upload.query(id, line, ids + "UPNunknown", "8770Q",
                    "the child has no UPN and no reason why (UPNunknown)");
        }
        boolean allNfa = !c.episodes().isEmpty() && c.episodes().stream().allMatch(CinCensus.CinEpisode::referralNfa);
        if ("UN7".equals(c.upnUnknown()) && !allNfa) {
            upload.error(id, line, ids + "UPNunknown", "8772", "UPN unknown reason is UN7 (referral with no further "
                    + "action) but at least one CIN episode is recorded with further action");
        }
        if (c.ethnicity() == null) {
            upload.error(id, line, "ChildCharacteristics.Ethnicity", "4220",
                    "is required: the ethnicity code, NOBT when not yet obtained");
        }
        if (c.disabilities().isEmpty() && !allNfa) {
            upload.error(id, line, "ChildCharacteristics.Disabilities", "8540",
                    "is required for a child with further action: the disability codes, NONE when none");
        }
        try {
            new CinCensusDetails.Child(c.ethnicity(), c.disabilities(), c.upnUnknown(), c.formerUpn(), c.deathDate())
                    .check(c.birthDate(), today, codes);
        } catch (InvalidInput refused) {
            upload.refused(id, line, refused, CinCensusChecks::childPath);
        }
        if (c.episodes().isEmpty()) {
            upload.error(id, line, "CINdetails", "8590", "Child does not have a recorded CIN episode");
        }
        for (int i = 0; i < c.episodes().size(); i++) {
            episode(e, i);
        }
        new CinCensusTimeline(upload, e, to).check();
    }

    private static String childPath(String field) {
        return switch (field) {
            case "ethnicity" -> "ChildCharacteristics.Ethnicity";
            case "upnUnknown" -> "ChildIdentifiers.UPNunknown";
            case "formerUpn" -> "ChildIdentifiers.FormerUPN";
            case "deathDate" -> "ChildIdentifiers.PersonDeathDate";
            default -> field.startsWith("disabilities")
                    ? "ChildCharacteristics.Disabilities" + field.substring("disabilities".length()) : field;
        };
    }

    private void episode(CinCensusUpload.Entry entry, int i) {
        CinCensus.Child c = entry.child();
        CinCensus.CinEpisode e = c.episodes().get(i);
        EpisodeLines lines = entry.episode(i);
        String id = c.laChildId();
        int line = lines.line();
        String at = "CINdetails[" + (i + 1) + "].";
        LocalDate referral = e.referralDate();
        if (referral == null || referral.isAfter(to)) {
            upload.error(id, line, at + "CINreferralDate", "8600",
                    "Child referral date missing or after data collection period");
        }
        if (e.referralSource() == null) {
            upload.error(id, line, at + "ReferralSource", "8866", "Source of Referral is missing");
        } else {
            codes.refusal(REFERRAL_SOURCE, e.referralSource(), referral != null ? referral : to)
                    .ifPresent(r -> upload.error(id, line, at + "ReferralSource", "8866",
                            r + ": Source of Referral is an invalid code"));
        }
        if (e.primaryNeedCode() == null && !e.referralNfa()) {
            upload.error(id, line, at + "PrimaryNeedCode", "8610",
                    "Primary Need code is missing for a referral which led to further action");
        }
        if (e.closureDate() != null) {
            if (referral != null && e.closureDate().isBefore(referral)) {
                upload.error(id, line, at + "CINclosureDate", "8630",
                        "CIN Closure Date is before CIN Referral Date for the same CIN episode");
            }
            if (e.closureDate().isBefore(from) || e.closureDate().isAfter(to)) {
                upload.error(id, line, at + "CINclosureDate", "8620",
                        "CIN Closure Date present and does not fall within the Census year");
            }
            if (e.reasonForClosure() == null) {
                upload.error(id, line, at + "ReasonForClosure", "8805",
                        "A CIN case cannot have a CIN closure date without a Reason for Closure");
            }
        } else if (e.reasonForClosure() != null) {
            upload.error(id, line, at + "CINclosureDate", "8810",
                    "A CIN case cannot have a Reason for Closure without a CIN Closure Date");
        }
        if (e.reasonForClosure() != null) {
            codes.refusal(REASON_FOR_CLOSURE, e.reasonForClosure(), e.closureDate() != null ? e.closureDate() : to)
                    .ifPresent(r -> upload.error(id, line, at + "ReasonForClosure", "8640",
                            r + ": CIN Reason for closure code invalid"));
            if (CinCensusRead.DIED.equals(e.reasonForClosure()) && c.deathDate() == null) {
                upload.query(id, line, at + "ReasonForClosure", "8585Q",
                        "CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death");
            }
            if (CinCensusRead.CLOSED_AFTER_ASSESSMENT.contains(e.reasonForClosure()) && e.assessments().isEmpty()) {
                upload.query(id, line, at + "ReasonForClosure", "8825Q", e.reasonForClosure()
                        + " says the case closed after assessment, and the episode has no assessment");
            }
        }
        // DfE rule 8715 is about the data item DateOfInitialCPC (N00110) wherever the message carries it: on the
        // Section47 (below) and on the CINdetails itself (ADR 0124).
        if (outsideTheYear(e.initialCpcDate())) {
            upload.error(id, line, at + "DateOfInitialCPC", "8715", INITIAL_CPC_IN_YEAR);
        }
        if (e.referralNfa()) {
            // A referral with no further action has no activity: the DfE numbers each kind apart.
            if (!e.assessments().isEmpty() || !e.section47s().isEmpty()) {
                upload.error(id, line, at + "ReferralNFA", "8831", "is 1 (no further action) but the episode has "
                        + "an assessment or a section 47 enquiry: Activity is recorded against a case marked as a "
                        + "referral with no further action");
            }
            if (!e.plans().isEmpty()) {
                upload.error(id, line, at + "ReferralNFA", "8832",
                        "Child Protection details provided for a referral with no further action");
            }
            if (!e.cinPlans().isEmpty()) {
                upload.error(id, line, at + "ReferralNFA", "4000",
                        "CIN Plan details provided for a referral with no further action");
            }
        }
        if (referral != null) {
            List<CinCensusDetails.CinPlan> plans = e.cinPlans().stream()
                    .map(p -> new CinCensusDetails.CinPlan(null, p.startDate(), p.endDate())).toList();
            try {
                new CinCensusDetails.Episode(e.primaryNeedCode(), plans).check(referral, e.closureDate(), today, codes);
            } catch (InvalidInput refused) {
                upload.refused(id, line, refused, f -> at + episodePath(f));
            }
        }
        assessments(id, e, lines, at);
        section47s(id, e, lines, at);
        plans(id, e, lines, at);
    }

    private static String episodePath(String field) {
        if (field.equals("primaryNeedCode")) {
            return "PrimaryNeedCode";
        }
        if (field.startsWith("cinPlans[")) {
            int close = field.indexOf(']');
            int n = Integer.parseInt(field.substring("cinPlans[".length(), close)) + 1;
            String rest = field.substring(close + 1);
            return "CINPlanDates[" + n + "]" + (rest.equals(".startDate") ? ".CINPlanStartDate"
                    : rest.equals(".endDate") ? ".CINPlanEndDate" : rest);
        }
        return field;
    }

    private void assessments(String id, CinCensus.CinEpisode e, EpisodeLines lines, String at) {
        for (int j = 0; j < e.assessments().size(); j++) {
            CinCensus.AssessmentDetails a = e.assessments().get(j);
            int line = EpisodeLines.at(lines.assessments(), j, lines.line());
            String aAt = at + "Assessments[" + (j + 1) + "].";
            boolean completed = a.authorisationDate() != null;
            if (a.startDate() == null) {
                // An assessment not completed is dated by its start (8736); a completed one by the DfE's schema.
                upload.error(id, line, aAt + "AssessmentActualStartDate", completed ? null : "8736", "is required");
                continue;
            }
            if (e.referralDate() != null && a.startDate().isBefore(e.referralDate())) {
                upload.error(id, line, aAt + "AssessmentActualStartDate", "1103",
                        "The assessment start date cannot be before the referral date, " + e.referralDate());
            }
            if (!completed && a.startDate().isBefore(openAssessmentsFrom)) {
                upload.query(id, line, aAt + "AssessmentActualStartDate", "8670Q", "Please check: Assessment "
                        + "started more than 45 working days before the end of the census year (before "
                        + openAssessmentsFrom + "). However, there is no Assessment end date");
            }
            if (!completed && (a.startDate().isBefore(from) || a.startDate().isAfter(to))) {
                upload.error(id, line, aAt + "AssessmentActualStartDate", "8736",
                        "For an Assessment that has not been completed, the start date must fall within the census "
                                + "year, " + from + " to " + to);
            }
            if (completed) {
                // A completed assessment's start after 31 March is after its authorisation (8608) or the
                // authorisation is after the year (8696).
                if (a.authorisationDate().isBefore(a.startDate())) {
                    upload.error(id, line, aAt + "AssessmentAuthorisationDate", "8608",
                            "Assessment Start Date cannot be later than its End Date");
                }
                if (a.authorisationDate().isBefore(from) || a.authorisationDate().isAfter(to)) {
                    upload.error(id, line, aAt + "AssessmentAuthorisationDate", "8696",
                            "the assessment's authorisation date must fall within the census year");
                }
                if (!a.factors().isEmpty()) {
                    var v = new Violations();
                    Assessment.checkFactors(v, "factors", a.factors(), a.authorisationDate(), codes);
                    v.list().forEach(x -> factorIssue(id, line, aAt + "FactorsIdentifiedAtAssessment."
                            + factorPath(x.field()), x.reason()));
                } else if (!a.authorisationDate().isBefore(from)) {
                    upload.query(id, line, aAt + "FactorsIdentifiedAtAssessment", "8897Q",
                            "Parental or child factors at assessment information is missing from a completed "
                                    + "assessment");
                }
            } else if (!a.factors().isEmpty()) {
                upload.error(id, line, aAt + "FactorsIdentifiedAtAssessment", "8614",
                        "Parental or child factors at assessment should only be present for a completed assessment");
            }
        }
    }

    /** The element of a factor's field ("factors[0]" is the first AssessmentFactors, counted from 1 as elsewhere). */
    private static String factorPath(String field) {
        if (!field.startsWith("factors[")) {
            return field.replace("factors", "AssessmentFactors");
        }
        int n = Integer.parseInt(field.substring("factors[".length(), field.indexOf(']'))) + 1;
        return "AssessmentFactors[" + n + "]";
    }

    /** A factor the rules refuse: an error, or a query where the DfE only queries it (a code not of the list). */
    private void factorIssue(String id, int line, String path, String reason) {
        String rule = RowErrors.ruleIn(reason);
        if (rule != null && rule.endsWith("Q")) {
            upload.query(id, line, path, rule, reason);
        } else {
            upload.error(id, line, path, rule, reason);
        }
    }

    private void section47s(String id, CinCensus.CinEpisode e, EpisodeLines lines, String at) {
        for (int j = 0; j < e.section47s().size(); j++) {
            CinCensus.Section47 s = e.section47s().get(j);
            int line = EpisodeLines.at(lines.section47s(), j, lines.line());
            String sAt = at + "Section47[" + (j + 1) + "].";
            boolean open = s.icpcDate() == null && !s.icpcNotRequired();
            if (s.startDate() == null) {
                // Required by the DfE's rules once there is a conference (8615) or while open (8740); else by its
                // schema.
                upload.error(id, line, sAt + "S47ActualStartDate",
                        s.icpcDate() != null ? "8615" : open ? "8740" : null, "is required");
                continue;
            }
            if (e.referralDate() != null && s.startDate().isBefore(e.referralDate())) {
                upload.error(id, line, sAt + "S47ActualStartDate", "2889",
                        "The S47 start date cannot be before the referral date, " + e.referralDate());
            }
            if (open && s.startDate().isBefore(openEnquiriesFrom)) {
                upload.query(id, line, sAt + "S47ActualStartDate", "8675Q", "Please check: S47 Enquiry started more "
                        + "than 15 working days before the end of the census year (before " + openEnquiriesFrom
                        + "). However, there is no date of Initial Child Protection Conference");
            }
            if (open && (s.startDate().isBefore(from) || s.startDate().isAfter(to))) {
                upload.error(id, line, sAt + "S47ActualStartDate", "8740", "For a Section 47 Enquiry that has not "
                        + "held the Initial Child Protection Conference by the end of the census year, the start date "
                        + "must fall within the census year, " + from + " to " + to);
            } else if (!open && s.icpcDate() == null && s.startDate().isAfter(to)) {
                // Concluded with no conference needed, yet started after the year: no DfE rule, but not of this year.
                upload.error(id, line, sAt + "S47ActualStartDate", null,
                        "must not be after the census's reference date, " + to);
            }
            if (s.icpcDate() != null) {
                if (s.icpcDate().isBefore(s.startDate())) {
                    upload.error(id, line, sAt + "DateOfInitialCPC", "8615", "Section 47 Enquiry Start Date "
                            + s.startDate() + " cannot be later than the date of the initial Child Protection "
                            + "Conference");
                }
                if (outsideTheYear(s.icpcDate())) {
                    upload.error(id, line, sAt + "DateOfInitialCPC", "8715", INITIAL_CPC_IN_YEAR);
                }
                if (s.icpcNotRequired()) {
                    // The DfE numbers it for a closed episode (8868); open, it is CYPF's own check.
                    upload.error(id, line, sAt + "ICPCnotRequired", e.closureDate() != null ? "8868" : null,
                            "is 1 (no conference needed) but an initial conference date is given");
                }
            }
        }
    }

    /** Whether {@code date} is given and outside the census year, 1 April to the reference date (rule 8715). */
    private boolean outsideTheYear(LocalDate date) {
        return date != null && (date.isBefore(from) || date.isAfter(to));
    }

    private void plans(String id, CinCensus.CinEpisode e, EpisodeLines lines, String at) {
        for (int j = 0; j < e.plans().size(); j++) {
            CinCensus.ProtectionPlan p = e.plans().get(j);
            int line = EpisodeLines.at(lines.plans(), j, lines.line());
            String pAt = at + "ChildProtectionPlans[" + (j + 1) + "].";
            if (p.startDate() == null) {
                upload.error(id, line, pAt + "CPPstartDate", "8720", "Child Protection Plan Start Date missing");
                continue;
            }
            if (e.referralDate() != null && p.startDate().isBefore(e.referralDate())) {
                upload.error(id, line, pAt + "CPPstartDate", "1105",
                        "The child protection plan start date cannot be before the referral date, "
                                + e.referralDate());
            }
            if (p.startDate().isAfter(to)) {
                upload.error(id, line, pAt + "CPPstartDate", "8720",
                        "Child Protection Plan Start Date out of data collection period: after " + to);
            }
            if (p.endDate() != null) {
                if (p.endDate().isBefore(p.startDate())) {
                    upload.error(id, line, pAt + "CPPendDate", "8925",
                            "Child Protection Plan End Date earlier than Start Date");
                }
                if (p.endDate().isEqual(p.startDate())) {
                    upload.error(id, line, pAt + "CPPendDate", "8840",
                            "Child Protection Plan cannot start and end on the same day");
                }
                if (p.endDate().isBefore(from) || p.endDate().isAfter(to)) {
                    upload.error(id, line, pAt + "CPPendDate", "8930",
                            "Child Protection Plan End Date must fall within the census year");
                }
            }
            category(id, line, pAt + "InitialCategoryOfAbuse", "8905", p.initialCategory(), p.startDate());
            category(id, line, pAt + "LatestCategoryOfAbuse", "8910", p.latestCategory(), p.startDate());
            for (int k = 0; k < p.reviewDates().size(); k++) {
                LocalDate d = p.reviewDates().get(k);
                String rAt = pAt + "Reviews.CPPreviewDate[" + (k + 1) + "]";
                if (!d.isAfter(p.startDate())) {
                    upload.error(id, line, rAt, "8841", "The review date cannot be on the same day or before the "
                            + "Child protection Plan start date, " + p.startDate());
                } else if (d.isAfter(to) || (p.endDate() != null && d.isAfter(p.endDate()))) {
                    // No DfE rule: a review after the plan ended, or after the year, is not of this plan's year.
                    upload.error(id, line, rAt, null, "must fall within the plan, after " + p.startDate() + " and by "
                            + (p.endDate() != null && p.endDate().isBefore(to) ? p.endDate() : to));
                }
            }
        }
    }

    private void category(String id, int line, String path, String rule, String code, LocalDate on) {
        if (code == null) {
            upload.error(id, line, path, rule, "Category of Abuse code missing");
            return;
        }
        codes.refusal(CATEGORY_OF_ABUSE, code, on).ifPresent(r -> upload.error(id, line, path, rule,
                r + " (see Category of Abuse table in CIN Census code set)"));
    }
}
