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
import org.cypf.socialcare.returns.domain.CinCensusDetails;
import org.cypf.socialcare.shared.domain.Child;

/**
 * A collection year's CIN census from the records, inside the export's unit of work (ADR 0071). Who and what is in it:
 * <ul>
 *   <li>every child with a referral open on a day of the year (dated by 31 March, not closed before 1 April), with
 *       each such referral as a CINdetails; a referral closed after 31 March is written open;</li>
 *   <li>ReferralNFA is 1 for a referral closed by 31 March with no assessment: a referral that went no further (the
 *       DfE's reading; RC8 and RC9 say "after assessment", so such a closure is a query, rule 8825Q, noted);</li>
 *   <li>of each referral, what was ongoing in the year: assessments started by 31 March and not authorised before
 *       1 April (rule 8696), CIN plans and child protection plans started by 31 March and not ended before 1 April,
 *       section 47 enquiries started by 31 March whose initial conference (or decision that none is needed) is not
 *       before 1 April (rule 8715); a date after 31 March is left out;</li>
 *   <li>of each child, the CIN census details recorded ({@link CinCensusDetails}); ethnicity NOBT (not yet obtained)
 *       when none is held, so rule 4220 holds; UPNunknown the reason recorded, else the SSDA903 "no UPN" reason, else
 *       UN7 when every episode in the file is a referral with no further action; UPN the one held, else the UPN
 *       a return gave whose check letter fails (kept as returned, rule 1510 is a query);</li>
 *   <li>the CIN episodes of the year imported from another system's return that casework does not hold
 *       ({@link org.cypf.socialcare.returns.port.CinCensusReturned}, ADR 0073), written as returned beside the
 *       child's casework episodes (a casework referral of the same date is the one written).</li>
 * </ul>
 * What the records cannot fill in is not made up: each query or error it would raise is named in the notes, with its
 * DfE rule and the child. Children are in the order of their LA child id, and everything of a child in date order.
 */
final class CinCensusRead {
    static final Set<String> CLOSED_AFTER_ASSESSMENT = Set.of("RC8", "RC9");
    static final String DIED = "RC2";
    static final List<String> ALWAYS = List.of(
            "ExpectedPersonBirthDate is not written: CYPF records a child once born (with a date of birth), and the "
                    + "DfE allows one of the two (rule 8525)",
            "AssessmentInternalReviewDate is not produced; a CINdetails-level DateOfInitialCPC only where an "
                    + "imported return recorded one (CYPF records each conference on its section 47 enquiry)",
            "pre-proceedings and family group decision making (2025-26) are not produced");

    private final int year;
    private final LocalDate from;
    private final LocalDate to;
    private final CinCensusPorts ports;
    private final List<String> notes = new ArrayList<>();
    private List<Referral> referrals;
    private Map<ChildId, Child> children;
    /** The year's returned episodes by child (ADR 0073). */
    private Map<ChildId, List<CinCensus.CinEpisode>> returned = Map.of();

    CinCensusRead(int year, CinCensusPorts ports) {
        this.year = year;
        this.from = LocalDate.of(year, 4, 1);
        this.to = LocalDate.of(year + 1, 3, 31);
        this.ports = ports;
    }

    /** Reads the year's referrals; returns the children the census will name. */
    Set<ChildId> read() {
        referrals = ports.records().referralsOpenBetween(from, to);
        returned = ports.returned().ofYear(year);
        Set<ChildId> ids = new LinkedHashSet<>();
        referrals.forEach(r -> ids.add(r.childId()));
        ids.addAll(returned.keySet());
        children = ports.children().findAll(ids);
        return Set.copyOf(ids);
    }

    /** What the file leaves out and each query it raises, once {@link #census} has been read. */
    List<String> notes() {
        List<String> all = new ArrayList<>(ALWAYS);
        all.addAll(notes);
        return List.copyOf(all);
    }

    /** The year's assessments by referral, read in one query by {@link #census}. */
    private Map<UUID, List<Assessment>> assessmentsByReferral = Map.of();

    CinCensus census(String lea) {
        Map<ChildId, ChildHeaderDetails> headers = ports.headers().findAll(children.keySet());
        Map<ChildId, CinCensusDetails.Child> details = ports.details().children(children.keySet());
        Map<UUID, CinCensusDetails.Episode> episodeDetails = ports.details()
                .episodes(referrals.stream().map(Referral::id).toList());
        Map<UUID, List<ChildProtectionEnquiry>> enquiries = ports.records()
                .enquiriesOf(referrals.stream().map(Referral::id).toList()).stream()
                .collect(Collectors.groupingBy(ChildProtectionEnquiry::referralId));
        // Assessments and plans of the whole year in one query each, not one a referral or a child.
        assessmentsByReferral = ports.assessments().forReferrals(referrals.stream().map(Referral::id).toList())
                .stream().collect(Collectors.groupingBy(Assessment::referralId));
        Map<ChildId, List<ChildProtectionPlan>> plansByChild = ports.plans().forChildren(children.keySet()).stream()
                .collect(Collectors.groupingBy(ChildProtectionPlan::childId));
        Map<ChildId, List<Referral>> byChild = referrals.stream()
                .collect(Collectors.groupingBy(Referral::childId));
        List<Child> inOrder = children.values().stream()
                .sorted(Comparator.comparing(Child::localChildId)).toList();
        List<CinCensus.Child> written = new ArrayList<>();
        List<String> notYetObtained = new ArrayList<>();
        for (Child c : inOrder) {
            Map<UUID, List<ChildProtectionPlan>> plans = new HashMap<>();
            plansByChild.getOrDefault(c.id(), List.of())
                    .forEach(p -> plans.computeIfAbsent(p.referralId(), k -> new ArrayList<>()).add(p));
            String id = c.localChildId();
            List<CinCensus.CinEpisode> casework = byChild.getOrDefault(c.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Referral::referralDate).thenComparing(Referral::recordedAt))
                    .map(r -> episode(id, r, enquiries.getOrDefault(r.id(), List.of()),
                            plans.getOrDefault(r.id(), List.of()),
                            episodeDetails.getOrDefault(r.id(), CinCensusDetails.Episode.NONE)))
                    .toList();
            List<CinCensus.CinEpisode> episodes = onceEach(id,
                    withReturned(casework, returned.getOrDefault(c.id(), List.of())));
            CinCensusDetails.Child d = details.getOrDefault(c.id(), CinCensusDetails.Child.NONE);
            String ethnicity = d.ethnicity();
            if (ethnicity == null) {
                ethnicity = CinCensusDetails.NOT_YET_OBTAINED;
                notYetObtained.add(id);
            }
            boolean allNfa = episodes.stream().allMatch(CinCensus.CinEpisode::referralNfa);
            ChildHeaderDetails header = headers.get(c.id());
            String upn = c.upn() != null ? c.upn().value() : header != null && header.upnAsReturned() != null
                    && header.upnAsReturned().matches(CinCensusDetails.UPN_SHAPE) ? header.upnAsReturned() : null;
            String upnUnknown = upn == null ? upnUnknown(id, d, headers.get(c.id()), allNfa) : null;
            LocalDate death = d.deathDate() == null || d.deathDate().isAfter(to) ? null : d.deathDate();
            if (death == null && episodes.stream().anyMatch(e -> DIED.equals(e.reasonForClosure()))) {
                notes.add("rule 8585Q (query): child " + id + " has a CIN episode closed RC2 (died) and no date of "
                        + "death recorded by 31 March; record it (PUT /social-care/returns/cin-census/children/"
                        + "{childId}, deathDate)");
            }
            if (d.disabilities().isEmpty() && !allNfa) {
                notes.add("rule 8540 (error): child " + id + " has no disability recorded (NONE when the child has "
                        + "none); record it (PUT /social-care/returns/cin-census/children/{childId}, disabilities)");
            }
            written.add(new CinCensus.Child(id, upn, d.formerUpn(), upnUnknown, c.dateOfBirth(), c.sex(), death,
                    ethnicity, d.disabilities(), episodes));
        }
        if (!notYetObtained.isEmpty()) {
            notes.add("Ethnicity NOBT (information not yet obtained) is written for the children with none recorded "
                    + "(rule 4220 holds): " + String.join(", ", notYetObtained));
        }
        return new CinCensus(year, lea, written);
    }

    /** The year's returned episodes by child, as {@link #read} found them. */
    Map<ChildId, List<CinCensus.CinEpisode>> returned() {
        return returned;
    }

    /**
     * A child's casework episodes and, beside them, the returned episodes of a referral date casework does not hold,
     * by referral date (casework first on the same date).
     */
    private static List<CinCensus.CinEpisode> withReturned(List<CinCensus.CinEpisode> casework,
                                                          List<CinCensus.CinEpisode> returned) {
        if (returned.isEmpty()) {
            return casework;
        }
        Set<LocalDate> held = casework.stream().map(CinCensus.CinEpisode::referralDate).collect(Collectors.toSet());
        List<CinCensus.CinEpisode> all = new ArrayList<>(casework);
        returned.stream().filter(e -> !held.contains(e.referralDate())).forEach(all::add);
        all.sort(Comparator.comparing(CinCensus.CinEpisode::referralDate));
        return List.copyOf(all);
    }

    /**
     * The child's episodes with each initial conference recorded once ({@link CinCensus#conferencesOnce}, rule 2884):
     * a conference an imported return recorded both on the episode and on a section 47 enquiry is written at Section47
     * level only, and the notes say so.
     */
    private List<CinCensus.CinEpisode> onceEach(String id, List<CinCensus.CinEpisode> episodes) {
        List<CinCensus.CinEpisode> once = CinCensus.conferencesOnce(episodes);
        for (int i = 0; i < episodes.size(); i++) {
            if (!once.get(i).equals(episodes.get(i))) {
                notes.add("rule 2884 (error about the whole return, avoided): child " + id + "'s initial child "
                        + "protection conference of " + episodes.get(i).initialCpcDate() + " is recorded on the "
                        + "referral of " + episodes.get(i).referralDate() + " and on a section 47 enquiry; it is "
                        + "written once, at Section47 level");
            }
        }
        return once;
    }

    /** The reason a child has no UPN, or null (noted as rule 8770Q) when none is recorded or can be told. */
    private String upnUnknown(String id, CinCensusDetails.Child d, ChildHeaderDetails header, boolean allNfa) {
        if (d.upnUnknown() != null) {
            return d.upnUnknown();
        }
        if (header != null && header.upnAsReturned() != null && header.upnAsReturned().matches("UN[1-5]")) {
            return header.upnAsReturned();
        }
        if (allNfa) {
            return "UN7";
        }
        notes.add("rule 8770Q (query): child " + id + " has no UPN and no reason recorded; record one (PUT "
                + "/social-care/returns/cin-census/children/{childId}, upn unknown reason UN1-UN6)");
        return null;
    }

    private CinCensus.CinEpisode episode(String child, Referral r, List<ChildProtectionEnquiry> enquiries,
                                        List<ChildProtectionPlan> plans, CinCensusDetails.Episode details) {
        boolean closed = r.closureDate() != null && !r.closureDate().isAfter(to);
        List<Assessment> assessments = assessmentsByReferral.getOrDefault(r.id(), List.of());
        List<CinCensus.AssessmentDetails> a = assessments.stream()
                .filter(x -> !x.startDate().isAfter(to))
                .filter(x -> x.authorisedDate() == null || !x.authorisedDate().isBefore(from))
                .sorted(Comparator.comparing(Assessment::startDate))
                .map(x -> {
                    boolean authorised = x.authorisedDate() != null && !x.authorisedDate().isAfter(to);
                    return new CinCensus.AssessmentDetails(x.startDate(), authorised ? x.authorisedDate() : null,
                            authorised ? x.factors() : List.of());
                }).toList();
        boolean nfa = closed && assessments.isEmpty();
        if (closed && CLOSED_AFTER_ASSESSMENT.contains(r.closureReason()) && a.isEmpty()) {
            notes.add("rule 8825Q (query): child " + child + "'s referral of " + r.referralDate() + " is closed "
                    + r.closureReason() + " (after assessment) with no assessment in the file"
                    + (nfa ? "; it is written as a referral with no further action (ReferralNFA 1)" : ""));
        }
        List<CinCensus.CinPlan> cinPlans = details.cinPlans().stream()
                .filter(p -> !p.startDate().isAfter(to))
                .filter(p -> p.endDate() == null || !p.endDate().isBefore(from))
                .sorted(Comparator.comparing(CinCensusDetails.CinPlan::startDate))
                .map(p -> new CinCensus.CinPlan(p.startDate(), onOrBeforeYearEnd(p.endDate()))).toList();
        List<CinCensus.Section47> s47 = enquiries.stream()
                .filter(e -> e.section47StartDate() != null && !e.section47StartDate().isAfter(to))
                .filter(e -> !concludedBeforeTheYear(e))
                .sorted(Comparator.comparing(ChildProtectionEnquiry::section47StartDate))
                .map(e -> new CinCensus.Section47(e.section47StartDate(), e.conferenceDueDate(),
                        onOrBeforeYearEnd(e.conferenceDate()),
                        e.conferenceNotRequired() && e.section47OutcomeDate() != null
                                && !e.section47OutcomeDate().isAfter(to)))
                .toList();
        List<CinCensus.ProtectionPlan> p = plans.stream()
                .filter(x -> !x.startDate().isAfter(to))
                .filter(x -> x.endDate() == null || !x.endDate().isBefore(from))
                .sorted(Comparator.comparing(ChildProtectionPlan::startDate))
                .map(this::plan).toList();
        // Written as held (the truth of the case), and named: the DfE refuses work still open at 31 March that began
        // before the year; complete (or correct) it in CYPF.
        a.stream().filter(x -> x.authorisationDate() == null && x.startDate().isBefore(from)).forEach(x ->
                notes.add("rule 8736 (error): child " + child + "'s assessment started " + x.startDate()
                        + ", before the year, is not authorised by " + to + "; authorise it or correct its start"));
        s47.stream().filter(x -> x.icpcDate() == null && !x.icpcNotRequired() && x.startDate().isBefore(from))
                .forEach(x -> notes.add("rule 8740 (error): child " + child + "'s section 47 enquiry started "
                        + x.startDate() + ", before the year, has no initial conference (nor a decision that none is "
                        + "needed) by " + to + "; record its outcome or correct its start"));
        String need = details.primaryNeed();
        if (need == null && !nfa) {
            notes.add("rule 8610 (error): child " + child + "'s referral of " + r.referralDate() + " has no primary "
                    + "need recorded; record it (PUT /social-care/returns/cin-census/referrals/{referralId}, "
                    + "primaryNeedCode)");
        }
        return new CinCensus.CinEpisode(r.referralDate(), r.source(), need, closed ? r.closureDate() : null,
                closed ? r.closureReason() : null, nfa, a, cinPlans, s47, p);
    }

    /** An enquiry whose initial conference, or decision that none is needed, came before the year (rule 8715). */
    private boolean concludedBeforeTheYear(ChildProtectionEnquiry e) {
        if (e.conferenceDate() != null) {
            return e.conferenceDate().isBefore(from);
        }
        return e.conferenceNotRequired() && e.section47OutcomeDate() != null
                && e.section47OutcomeDate().isBefore(from);
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
