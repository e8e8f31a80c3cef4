package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.cypf.socialcare.shared.domain.Child;

/**
 * A collection year's CIN census from the records, inside the export's unit of work. Who and what is in it:
 * <ul>
 *   <li>every child with a referral open on a day of the year (dated by 31 March, not closed before 1 April), with
 *       each such referral as a CINdetails; a referral closed after 31 March is written open;</li>
 *   <li>ReferralNFA is 1 for a referral closed by 31 March with RC8 and no assessment started;</li>
 *   <li>of each referral: its assessments started by 31 March (authorisation date and factors only when authorised by
 *       then), its section 47 enquiries started by then, its plans started by then (end date and reviews only by
 *       then; the latest category is the last one given by 31 March).</li>
 * </ul>
 * Children are in the order of their LA child id, and everything of a child in the order of its dates.
 */
final class CinCensusRead {
    static final String RC_NO_FURTHER_ACTION = "RC8";
    static final List<String> NOTES = List.of(
            "PrimaryNeedCode is left out: CYPF does not record a referral's primary need",
            "CINPlanDates are left out: CYPF does not record CIN plans",
            "ChildCharacteristics holds Ethnicity only when held (today from an imported SSDA903 return); "
                    + "Disabilities are not held",
            "FormerUPN, UPNunknown, ExpectedPersonBirthDate, PersonDeathDate, AssessmentInternalReviewDate and the "
                    + "CIN-level DateOfInitialCPC are not produced",
            "pre-proceedings and family group decision making (2025-26) are not produced");

    private final int year;
    private final LocalDate from;
    private final LocalDate to;
    private final CinCensusPorts ports;
    private List<Referral> referrals;
    private Map<ChildId, Child> children;

    CinCensusRead(int year, CinCensusPorts ports) {
        this.year = year;
        this.from = LocalDate.of(year, 4, 1);
        this.to = LocalDate.of(year + 1, 3, 31);
        this.ports = ports;
    }

    /** Reads the year's referrals; returns the children the census will name. */
    Set<ChildId> read() {
        referrals = ports.records().referralsOpenBetween(from, to);
        Set<ChildId> ids = new LinkedHashSet<>();
        referrals.forEach(r -> ids.add(r.childId()));
        children = ports.children().findAll(ids);
        return Set.copyOf(ids);
    }

    CinCensus census(String lea) {
        Map<ChildId, ChildHeaderDetails> details = ports.headers().findAll(children.keySet());
        Map<UUID, List<ChildProtectionEnquiry>> enquiries = ports.records()
                .enquiriesOf(referrals.stream().map(Referral::id).toList()).stream()
                .collect(Collectors.groupingBy(ChildProtectionEnquiry::referralId));
        Map<ChildId, List<Referral>> byChild = referrals.stream()
                .collect(Collectors.groupingBy(Referral::childId));
        List<Child> inOrder = children.values().stream()
                .sorted(Comparator.comparing(Child::localChildId)).toList();
        List<CinCensus.Child> written = new ArrayList<>();
        for (Child c : inOrder) {
            Map<UUID, List<ChildProtectionPlan>> plans = new HashMap<>();
            ports.plans().forChild(c.id()).forEach(p -> plans.computeIfAbsent(p.referralId(), k -> new ArrayList<>()).add(p));
            List<CinCensus.CinEpisode> episodes = byChild.get(c.id()).stream()
                    .sorted(Comparator.comparing(Referral::referralDate).thenComparing(Referral::recordedAt))
                    .map(r -> episode(r, enquiries.getOrDefault(r.id(), List.of()), plans.getOrDefault(r.id(), List.of())))
                    .toList();
            String ethnicity = details.getOrDefault(c.id(), ChildHeaderDetails.NONE).ethnicity();
            written.add(new CinCensus.Child(c.localChildId(), c.upn() == null ? null : c.upn().value(),
                    c.dateOfBirth(), c.sex(), ethnicity, episodes));
        }
        return new CinCensus(year, lea, written);
    }

    private CinCensus.CinEpisode episode(Referral r, List<ChildProtectionEnquiry> enquiries,
                                        List<ChildProtectionPlan> plans) {
        boolean closed = r.closureDate() != null && !r.closureDate().isAfter(to);
        List<Assessment> assessments = ports.assessments().forReferral(r.id());
        boolean nfa = closed && RC_NO_FURTHER_ACTION.equals(r.closureReason()) && assessments.isEmpty();
        List<CinCensus.AssessmentDetails> a = assessments.stream()
                .filter(x -> !x.startDate().isAfter(to))
                .sorted(Comparator.comparing(Assessment::startDate))
                .map(x -> {
                    boolean authorised = x.authorisedDate() != null && !x.authorisedDate().isAfter(to);
                    return new CinCensus.AssessmentDetails(x.startDate(), authorised ? x.authorisedDate() : null,
                            authorised ? x.factors() : List.of());
                }).toList();
        List<CinCensus.Section47> s47 = enquiries.stream()
                .filter(e -> e.section47StartDate() != null && !e.section47StartDate().isAfter(to))
                .sorted(Comparator.comparing(ChildProtectionEnquiry::section47StartDate))
                .map(e -> new CinCensus.Section47(e.section47StartDate(), e.conferenceDueDate(),
                        onOrBeforeYearEnd(e.conferenceDate()),
                        e.conferenceNotRequired() && e.section47OutcomeDate() != null
                                && !e.section47OutcomeDate().isAfter(to)))
                .toList();
        List<CinCensus.ProtectionPlan> p = plans.stream()
                .filter(x -> !x.startDate().isAfter(to))
                .sorted(Comparator.comparing(ChildProtectionPlan::startDate))
                .map(this::plan).toList();
        return new CinCensus.CinEpisode(r.referralDate(), r.source(), null, closed ? r.closureDate() : null,
                closed ? r.closureReason() : null, nfa, a, s47, p);
    }

    private CinCensus.ProtectionPlan plan(ChildProtectionPlan x) {
        List<ChildProtectionPlan.Review> reviews = x.reviews().stream()
                .filter(rv -> !rv.date().isAfter(to))
                .sorted(Comparator.comparing(ChildProtectionPlan.Review::date)).toList();
        String latest = x.initialCategory();
        for (ChildProtectionPlan.Review rv : reviews) {
            if (rv.category() != null) {
                latest = rv.category();
            }
        }
        return new CinCensus.ProtectionPlan(x.startDate(), onOrBeforeYearEnd(x.endDate()), x.initialCategory(), latest,
                x.previousPlans(), reviews.stream().map(ChildProtectionPlan.Review::date).toList());
    }

    private LocalDate onOrBeforeYearEnd(LocalDate d) {
        return d == null || d.isAfter(to) ? null : d;
    }
}
