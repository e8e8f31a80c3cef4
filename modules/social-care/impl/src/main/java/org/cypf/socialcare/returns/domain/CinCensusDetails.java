package org.cypf.socialcare.returns.domain;

import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.DISABILITY;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.ETHNICITY;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.PRIMARY_NEED;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.UPN_UNKNOWN;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.CinCensusCodes;

/**
 * What the CIN census asks that casework does not record elsewhere (ADR 0071): of a child, and of a CIN episode (a
 * referral). Each check names the field and the DfE rule it enforces (rule numbers as the DfE's CIN census validation
 * rules for 2024-25 and 2025-26 give them; a rule ending Q is a query the DfE raises, which CYPF refuses when the
 * detail is recorded by hand and an import only shows).
 */
public final class CinCensusDetails {
    /** The ethnicity written for a child none is held for: the DfE's "information not yet obtained". */
    public static final String NOT_YET_OBTAINED = "NOBT";
    /** The disability code that says the child has none; it may only be recorded alone. */
    public static final String NO_DISABILITY = "NONE";
    /** A UPN's shape (the check letter is not checked: a former UPN is history as it was given). */
    public static final String UPN_SHAPE = "[A-HJ-NP-RT-Z][0-9]{11}[0-9A-Z]";

    private CinCensusDetails() {}

    /**
     * A child's CIN census identifiers and characteristics.
     *
     * @param ethnicity    Ethnicity, e.g. WBRI (the same as SSDA903 ETHNIC); null when not held
     * @param disabilities Disability codes; empty when none are held, [NONE] when the child has none
     * @param upnUnknown   UPNunknown UN1-UN7, for a child without a UPN
     * @param formerUpn    FormerUPN
     * @param deathDate    PersonDeathDate
     */
    public record Child(String ethnicity, List<String> disabilities, String upnUnknown, String formerUpn,
                        LocalDate deathDate) {
        public static final Child NONE = new Child(null, List.of(), null, null, null);

        public Child {
            disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
        }

        /**
         * Checks the details of a child born on {@code birthDate}, as of {@code today}; every broken rule at once.
         */
        public void check(LocalDate birthDate, LocalDate today, CinCensusCodes codes) {
            var v = new Violations();
            if (ethnicity != null) {
                codes.refusal(ETHNICITY, ethnicity, today).ifPresent(r -> v.add("ethnicity", r + " (DfE rule 4220)"));
            }
            for (int i = 0; i < disabilities.size(); i++) {
                String code = disabilities.get(i);
                int at = i;
                codes.refusal(DISABILITY, code, today)
                        .ifPresent(r -> v.add("disabilities[" + at + "]", r + " (DfE rule 8540)"));
            }
            v.check(new HashSet<>(disabilities).size() == disabilities.size(), "disabilities",
                    "must not repeat a code (DfE rule 8794)");
            v.check(!disabilities.contains(NO_DISABILITY) || disabilities.size() == 1, "disabilities",
                    "NONE must be recorded alone (DfE rule 8790)");
            if (upnUnknown != null) {
                codes.refusal(UPN_UNKNOWN, upnUnknown, today).ifPresent(r -> v.add("upnUnknown", r + " (DfE rule 8765)"));
            }
            if (formerUpn != null) {
                v.check(formerUpn.matches(UPN_SHAPE), "formerUpn",
                        "must have a UPN's shape: a letter, 11 digits, then a digit or a letter (DfE rule 1560Q)");
            }
            if (deathDate != null) {
                v.check(!deathDate.isAfter(today), "deathDate", "must not be in the future");
                v.check(birthDate == null || !deathDate.isBefore(birthDate), "deathDate",
                        "must not be before the date of birth (DfE rule 8535Q)");
            }
            v.throwIfAny();
        }
    }

    /** A CIN plan of a CIN episode (CINPlanDates); open while {@code endDate} is null. */
    public record CinPlan(UUID id, LocalDate startDate, LocalDate endDate) {}

    /**
     * A CIN episode's details.
     *
     * @param primaryNeed PrimaryNeedCode N0-N9; null when not held
     * @param cinPlans    its CIN plans, by start date
     */
    public record Episode(String primaryNeed, List<CinPlan> cinPlans) {
        public static final Episode NONE = new Episode(null, List.of());

        public Episode {
            cinPlans = cinPlans == null ? List.of() : List.copyOf(cinPlans);
        }

        /**
         * Checks the details of the episode referred on {@code referralDate} and closed on {@code closureDate}
         * (null while open), as of {@code today}; every broken rule at once.
         */
        public void check(LocalDate referralDate, LocalDate closureDate, LocalDate today, CinCensusCodes codes) {
            var v = new Violations();
            if (primaryNeed != null) {
                codes.refusal(PRIMARY_NEED, primaryNeed, referralDate)
                        .ifPresent(r -> v.add("primaryNeedCode", r + " (DfE rule 8650)"));
            }
            for (int i = 0; i < cinPlans.size(); i++) {
                CinPlan p = cinPlans.get(i);
                String at = "cinPlans[" + i + "].";
                if (p.startDate() == null) {
                    v.add(at + "startDate", "is required (DfE rule 4010)");
                    continue;
                }
                v.check(!p.startDate().isBefore(referralDate), at + "startDate",
                        "must not be before the referral date, " + referralDate + " (DfE rule 4015)");
                v.check(!p.startDate().isAfter(today), at + "startDate", "must not be in the future");
                if (p.endDate() != null) {
                    v.check(!p.endDate().isBefore(p.startDate()), at + "endDate",
                            "must not be before the plan's start date (DfE rule 4011)");
                    v.check(!p.endDate().isAfter(today), at + "endDate", "must not be in the future");
                }
                LocalDate planEnd = p.endDate();
                v.check(closureDate == null || (!p.startDate().isAfter(closureDate)
                                && (planEnd == null || !planEnd.isAfter(closureDate))), at + "endDate",
                        "must not be after the referral's closure, " + closureDate + " (DfE rule 8565)");
                v.check(closureDate == null || planEnd != null, at + "endDate",
                        "is required: the referral is closed (CYPF's own: the DfE has no rule; a plan cannot "
                                + "outlast its episode)");
            }
            v.throwIfAny();
        }
    }
}
