package org.cypf.socialcare.returns.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a CIN census file holds, already cut to the collection year (nothing dated after 31 March is in it) and in
 * the order it is written. A null field is an element left out.
 *
 * @param collectionYear the year the collection year starts (2024 is 2024-25)
 * @param lea            the authority's three-digit LA code, or null when not configured
 */
public record CinCensus(int collectionYear, String lea, List<Child> children) {
    public CinCensus {
        children = List.copyOf(children);
    }

    public LocalDate referenceDate() {
        return LocalDate.of(collectionYear + 1, 3, 31);
    }

    /**
     * @param sex          SSDA903 sex as held: 1 male, 2 female (anything else is not known)
     * @param disabilities Disability codes, empty when none are held
     */
    public record Child(String laChildId, String upn, String formerUpn, String upnUnknown, LocalDate birthDate,
                        String sex, LocalDate deathDate, String ethnicity, List<String> disabilities,
                        List<CinEpisode> episodes) {
        public Child {
            disabilities = List.copyOf(disabilities);
            episodes = List.copyOf(episodes);
        }

        /** A child with identity, sex and ethnicity only. */
        public Child(String laChildId, String upn, LocalDate birthDate, String sex, String ethnicity,
                     List<CinEpisode> episodes) {
            this(laChildId, upn, null, null, birthDate, sex, null, ethnicity, List.of(), episodes);
        }
    }

    /**
     * One referral (CINdetails).
     *
     * @param initialCpcDate the CINdetails-level DateOfInitialCPC: a conference an imported return recorded on the
     *                       episode rather than on a Section47 (null when none; CYPF's casework records each on its
     *                       section 47 enquiry). The DfE counts it with the Section47 ones (rule 2883) and refuses the
     *                       same conference recorded at both levels (rule 2884).
     */
    public record CinEpisode(LocalDate referralDate, String referralSource, String primaryNeedCode,
                             LocalDate closureDate, String reasonForClosure, boolean referralNfa,
                             List<AssessmentDetails> assessments, List<CinPlan> cinPlans, List<Section47> section47s,
                             List<ProtectionPlan> plans, LocalDate initialCpcDate) {
        public CinEpisode {
            assessments = List.copyOf(assessments);
            cinPlans = List.copyOf(cinPlans);
            section47s = List.copyOf(section47s);
            plans = List.copyOf(plans);
        }

        /** An episode with no CINdetails-level conference (each conference is on its Section47). */
        public CinEpisode(LocalDate referralDate, String referralSource, String primaryNeedCode, LocalDate closureDate,
                          String reasonForClosure, boolean referralNfa, List<AssessmentDetails> assessments,
                          List<CinPlan> cinPlans, List<Section47> section47s, List<ProtectionPlan> plans) {
            this(referralDate, referralSource, primaryNeedCode, closureDate, reasonForClosure, referralNfa,
                    assessments, cinPlans, section47s, plans, null);
        }

        /** The same episode without its CINdetails-level conference. */
        public CinEpisode withoutInitialCpcDate() {
            return new CinEpisode(referralDate, referralSource, primaryNeedCode, closureDate, reasonForClosure,
                    referralNfa, assessments, cinPlans, section47s, plans, null);
        }
    }

    /**
     * A child's episodes with each initial conference recorded once: a CINdetails-level DateOfInitialCPC that is also
     * the DateOfInitialCPC of a Section47 of the child is the same conference, which the DfE refuses at both levels
     * (rule 2884); it is kept at Section47 level only. The same list when no conference is recorded twice.
     */
    public static List<CinEpisode> conferencesOnce(List<CinEpisode> episodes) {
        java.util.Set<LocalDate> atSection47 = new java.util.HashSet<>();
        episodes.forEach(e -> e.section47s().forEach(s -> {
            if (s.icpcDate() != null) {
                atSection47.add(s.icpcDate());
            }
        }));
        if (episodes.stream().noneMatch(e -> e.initialCpcDate() != null && atSection47.contains(e.initialCpcDate()))) {
            return episodes;
        }
        return episodes.stream().map(e -> e.initialCpcDate() != null && atSection47.contains(e.initialCpcDate())
                ? e.withoutInitialCpcDate() : e).toList();
    }

    /** CINPlanDates: the end date is null while the plan is open at 31 March. */
    public record CinPlan(LocalDate startDate, LocalDate endDate) {}

    /** @param factors empty until authorised */
    public record AssessmentDetails(LocalDate startDate, LocalDate authorisationDate, List<String> factors) {
        public AssessmentDetails {
            factors = List.copyOf(factors);
        }
    }

    public record Section47(LocalDate startDate, LocalDate icpcTarget, LocalDate icpcDate, boolean icpcNotRequired) {}

    public record ProtectionPlan(LocalDate startDate, LocalDate endDate, String initialCategory, String latestCategory,
                                 int previousPlans, List<LocalDate> reviewDates) {
        public ProtectionPlan {
            reviewDates = List.copyOf(reviewDates);
        }
    }
}
