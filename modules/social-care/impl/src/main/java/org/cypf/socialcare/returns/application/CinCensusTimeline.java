package org.cypf.socialcare.returns.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.cypf.socialcare.returns.domain.CinCensusDetails;
import org.cypf.socialcare.returns.domain.CinCensusUpload;
import org.cypf.socialcare.returns.domain.CinCensusUpload.EpisodeLines;

/**
 * The DfE's CIN census rules that set one child's records beside each other rather than check one element: episodes,
 * assessments, enquiries and plans that overlap or are open beside another (8820, 8815, 8816, 8863, 8896, 8890, 8839,
 * 4014, 4004, 8940, 8935), a closed episode with work not completed (8867, 8868), dates after the child's death
 * (8555, 4008, 4009, 8915, 8920), a conference before the referral or on a weekend (1104, 8875), CIN plans beside
 * child protection plans (4001, 4003, 4016, 4017), a plan of the year not starting at an initial conference (2885),
 * and the query of a disabled child's assessment with no disability factor (8899Q).
 * Each has the DfE's severity (a rule ending Q is a query) and message.
 * {@link CinCensusChecks} runs it for every child, so the import and the export's self-check apply the same rules.
 *
 * <p>"Open" is as the DfE reads it: a period with no end date runs to the census's reference date ({@code to}).
 */
final class CinCensusTimeline {
    /** The assessment factors of a child's own disability: learning (5A), physical or illness (6A); rule 8899Q. */
    private static final Set<String> DISABILITY_FACTORS = Set.of("5A", "6A");

    private final CinCensusUpload upload;
    private final CinCensusUpload.Entry entry;
    private final CinCensus.Child child;
    private final String id;
    private final LocalDate from;
    private final LocalDate to;

    CinCensusTimeline(CinCensusUpload upload, CinCensusUpload.Entry entry, LocalDate to) {
        this.upload = upload;
        this.entry = entry;
        this.child = entry.child();
        this.id = child.laChildId();
        this.from = to.minusYears(1).plusDays(1);
        this.to = to;
    }

    /** A period from {@code start}, ended on {@code end} or, with none, open to the reference date. */
    private record Period(LocalDate start, LocalDate end, int episode, int index, int line) {}

    void check() {
        episodes();
        List<Period> cinPlans = new ArrayList<>();
        List<Period> plans = new ArrayList<>();
        for (int i = 0; i < child.episodes().size(); i++) {
            CinCensus.CinEpisode e = child.episodes().get(i);
            EpisodeLines lines = entry.episode(i);
            for (int j = 0; j < e.cinPlans().size(); j++) {
                CinCensus.CinPlan p = e.cinPlans().get(j);
                if (p.startDate() != null) {
                    cinPlans.add(new Period(p.startDate(), p.endDate(), i, j,
                            EpisodeLines.at(lines.cinPlans(), j, lines.line())));
                }
            }
            for (int j = 0; j < e.plans().size(); j++) {
                CinCensus.ProtectionPlan p = e.plans().get(j);
                if (p.startDate() != null) {
                    plans.add(new Period(p.startDate(), p.endDate(), i, j,
                            EpisodeLines.at(lines.plans(), j, lines.line())));
                }
            }
            withinEpisode(i, e, lines);
        }
        cinPlans(cinPlans);
        protectionPlans(plans);
        cinPlansBesideProtectionPlans(cinPlans, plans);
        death(cinPlans, plans);
    }

    private static String episodeAt(int i) {
        return "CINdetails[" + (i + 1) + "].";
    }

    private static String cinPlanAt(Period p) {
        return episodeAt(p.episode()) + "CINPlanDates[" + (p.index() + 1) + "].";
    }

    private static String planAt(Period p) {
        return episodeAt(p.episode()) + "ChildProtectionPlans[" + (p.index() + 1) + "].";
    }

    /** {@code day} falls on or after {@code other}'s start and on or before its end (the reference date if open). */
    private boolean within(LocalDate day, Period other) {
        return !day.isBefore(other.start()) && !day.isAfter(other.end() != null ? other.end() : to);
    }

    /** As {@link #within}, but the day the other ends is allowed (the DfE's "unless equal to the end date"). */
    private boolean withinBeforeItsEnd(LocalDate day, Period other) {
        return !day.isBefore(other.start()) && (other.end() != null ? day.isBefore(other.end()) : !day.isAfter(to));
    }

    private void episodes() {
        List<CinCensus.CinEpisode> all = child.episodes();
        List<Integer> open = new ArrayList<>();
        LocalDate latest = null;
        for (int i = 0; i < all.size(); i++) {
            CinCensus.CinEpisode e = all.get(i);
            if (e.referralDate() != null && (latest == null || e.referralDate().isAfter(latest))) {
                latest = e.referralDate();
            }
            if (e.referralDate() != null && e.closureDate() == null && !e.referralNfa()) {
                open.add(i);
            }
        }
        if (open.size() > 1) {
            for (int i : open) {
                upload.error(id, entry.episode(i).line(), episodeAt(i) + "CINclosureDate", "8815",
                        "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided "
                                + "for this child and case is not a referral with no further action");
            }
        }
        for (int i : open) {
            if (all.get(i).referralDate().isBefore(latest)) {
                upload.error(id, entry.episode(i).line(), episodeAt(i) + "CINreferralDate", "8816",
                        "An open CIN episode is shown and case is not a referral with no further action, but it is "
                                + "not the latest episode (a later referral is dated " + latest + ")");
            }
        }
        for (int i = 0; i < all.size(); i++) {
            LocalDate referral = all.get(i).referralDate();
            for (int j = 0; j < all.size() && referral != null; j++) {
                CinCensus.CinEpisode other = all.get(j);
                if (j == i || other.referralDate() == null || referral.isBefore(other.referralDate())) {
                    continue;
                }
                // The DfE lets one episode start on the day another closes.
                boolean overlaps = other.closureDate() != null ? referral.isBefore(other.closureDate())
                        : !other.referralNfa() && !referral.isAfter(to);
                if (overlaps) {
                    upload.error(id, entry.episode(i).line(), episodeAt(i) + "CINreferralDate", "8820",
                            "The dates on the CIN episodes for this child overlap (the episode referred "
                                    + other.referralDate() + ")");
                    break;
                }
            }
        }
    }

    private void withinEpisode(int i, CinCensus.CinEpisode e, EpisodeLines lines) {
        String at = episodeAt(i);
        List<CinCensus.AssessmentDetails> assessments = e.assessments();
        boolean disabled = child.disabilities().stream().anyMatch(d -> !CinCensusDetails.NO_DISABILITY.equals(d));
        long openAssessments = assessments.stream().filter(a -> a.authorisationDate() == null).count();
        for (int j = 0; j < assessments.size(); j++) {
            CinCensus.AssessmentDetails a = assessments.get(j);
            int line = EpisodeLines.at(lines.assessments(), j, lines.line());
            String aAt = at + "Assessments[" + (j + 1) + "].";
            if (a.authorisationDate() == null && openAssessments > 1) {
                upload.error(id, line, aAt + "AssessmentAuthorisationDate", "8896",
                        "Within one CINDetails group there are 2 or more open Assessments groups");
            }
            if (disabled && a.authorisationDate() != null
                    && !a.authorisationDate().isBefore(from) && a.factors().stream().noneMatch(DISABILITY_FACTORS::contains)) {
                upload.query(id, line, aAt + "FactorsIdentifiedAtAssessment", "8899Q", "Please check: A child "
                        + "identified as having a disability does not have a disability factor (5A or 6A) recorded at "
                        + "the end of assessment");
            }
            if (a.authorisationDate() == null && e.closureDate() != null) {
                upload.error(id, line, aAt + "AssessmentAuthorisationDate", "8867",
                        "CIN episode is shown as closed, however Assessment is not shown as completed");
            }
            for (int k = 0; k < assessments.size() && a.startDate() != null; k++) {
                CinCensus.AssessmentDetails other = assessments.get(k);
                if (k != j && other.startDate() != null && within(a.startDate(),
                        new Period(other.startDate(), other.authorisationDate(), i, k, line))) {
                    upload.error(id, line, aAt + "AssessmentActualStartDate", "8863",
                            "An Assessment is shown as starting when there is another Assessment ongoing (started "
                                    + other.startDate() + ")");
                    break;
                }
            }
        }
        List<CinCensus.Section47> enquiries = e.section47s();
        long openEnquiries = enquiries.stream().filter(CinCensusTimeline::open).count();
        for (int j = 0; j < enquiries.size(); j++) {
            CinCensus.Section47 s = enquiries.get(j);
            int line = EpisodeLines.at(lines.section47s(), j, lines.line());
            String sAt = at + "Section47[" + (j + 1) + "].";
            if (open(s) && openEnquiries > 1) {
                upload.error(id, line, sAt + "DateOfInitialCPC", "8839",
                        "Within one CINDetails group there are 2 or more open S47 Assessments");
            }
            if (open(s) && e.closureDate() != null) {
                upload.error(id, line, sAt + "ICPCnotRequired", "8868", "CIN episode is shown as closed, however "
                        + "Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag");
            }
            if (s.icpcDate() != null) {
                if (e.referralDate() != null && s.icpcDate().isBefore(e.referralDate())) {
                    upload.error(id, line, sAt + "DateOfInitialCPC", "1104", "The date of the initial child "
                            + "protection conference cannot be before the referral date, " + e.referralDate());
                }
                DayOfWeek day = s.icpcDate().getDayOfWeek();
                if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                    upload.error(id, line, sAt + "DateOfInitialCPC", "8875",
                            "The Date of Initial Child Protection Conference cannot be a weekend");
                }
            }
            for (int k = 0; k < enquiries.size() && s.startDate() != null; k++) {
                CinCensus.Section47 other = enquiries.get(k);
                // An enquiry that concluded with no conference needed has no end date the DfE can compare.
                boolean comparable = other.icpcDate() != null || !other.icpcNotRequired();
                if (k != j && other.startDate() != null && comparable && within(s.startDate(),
                        new Period(other.startDate(), other.icpcDate(), i, k, line))) {
                    upload.error(id, line, sAt + "S47ActualStartDate", "8890", "A Section 47 enquiry is shown as "
                            + "starting when there is another Section 47 Enquiry ongoing (started "
                            + other.startDate() + ")");
                    break;
                }
            }
        }
        long openCinPlans = e.cinPlans().stream().filter(p -> p.endDate() == null).count();
        boolean openPlan = e.plans().stream().anyMatch(p -> p.startDate() != null && p.endDate() == null);
        for (int j = 0; j < e.cinPlans().size(); j++) {
            CinCensus.CinPlan p = e.cinPlans().get(j);
            if (p.endDate() != null) {
                continue;
            }
            int line = EpisodeLines.at(lines.cinPlans(), j, lines.line());
            String pAt = at + "CINPlanDates[" + (j + 1) + "].CINPlanEndDate";
            if (openCinPlans > 1) {
                upload.error(id, line, pAt, "4004",
                        "This child is showing more than one open CIN Plan, i.e. with no End Date");
            }
            if (openPlan) {
                upload.error(id, line, pAt, "4001", "A CIN Plan cannot run concurrently with a Child Protection Plan");
            }
        }
        for (int j = 0; j < e.plans().size(); j++) {
            CinCensus.ProtectionPlan plan = e.plans().get(j);
            int line = EpisodeLines.at(lines.plans(), j, lines.line());
            LocalDate start = plan.startDate();
            if (start != null && !start.isBefore(from) && !start.isAfter(to)
                    && !start.equals(e.initialCpcDate())
                    && e.section47s().stream().noneMatch(x -> start.equals(x.icpcDate()))) {
                // A plan of the year starts at its initial conference, recorded on a Section47 or on the CINdetails.
                upload.error(id, line, at + "ChildProtectionPlans[" + (j + 1) + "].CPPstartDate", "2885",
                        "Child protection plan shown as starting a different day to the initial child protection "
                                + "conference");
            }
            for (int k = 0; k < plan.reviewDates().size(); k++) {
                LocalDate review = plan.reviewDates().get(k);
                if (review.equals(plan.endDate())) {
                    continue;
                }
                for (CinCensus.CinPlan cin : e.cinPlans()) {
                    if (cin.startDate() != null
                            && withinBeforeItsEnd(review, new Period(cin.startDate(), cin.endDate(), i, 0, line))) {
                        upload.error(id, line, at + "ChildProtectionPlans[" + (j + 1) + "].Reviews.CPPreviewDate["
                                + (k + 1) + "]", "4003", "A CPP review date is shown as being held at the same time "
                                + "as an open CIN Plan (started " + cin.startDate() + ")");
                        break;
                    }
                }
            }
        }
    }

    /** A section 47 enquiry with neither an initial conference nor a decision that none is needed. */
    private static boolean open(CinCensus.Section47 s) {
        return s.icpcDate() == null && !s.icpcNotRequired();
    }

    /** 4014 is the child's (4004, open plans, is per episode: {@link #withinEpisode}). */
    private void cinPlans(List<Period> cinPlans) {
        for (Period p : cinPlans) {
            for (Period other : cinPlans) {
                if (other != p && within(p.start(), other)) {
                    upload.error(id, p.line(), cinPlanAt(p) + "CINPlanStartDate", "4014",
                            "CIN Plan data contains overlapping dates (the plan started " + other.start() + ")");
                    break;
                }
            }
        }
    }

    private void protectionPlans(List<Period> plans) {
        long open = plans.stream().filter(p -> p.end() == null).count();
        for (Period p : plans) {
            if (p.end() == null && open > 1) {
                upload.error(id, p.line(), planAt(p) + "CPPendDate", "8935",
                        "This child is showing more than one open Child Protection plan, i.e. with no End Date");
            }
            for (Period other : plans) {
                if (other != p && within(p.start(), other)) {
                    upload.error(id, p.line(), planAt(p) + "CPPstartDate", "8940",
                            "Child Protection Plan data contains overlapping dates (the plan started "
                                    + other.start() + ")");
                    break;
                }
            }
        }
    }

    private void cinPlansBesideProtectionPlans(List<Period> cinPlans, List<Period> plans) {
        for (Period cin : cinPlans) {
            for (Period plan : plans) {
                if (withinBeforeItsEnd(cin.start(), plan)) {
                    upload.error(id, cin.line(), cinPlanAt(cin) + "CINPlanStartDate", "4016", "A CIN Plan has been "
                            + "reported as open at the same time as a Child Protection Plan (started " + plan.start()
                            + ")");
                    break;
                }
            }
        }
        for (Period plan : plans) {
            for (Period cin : cinPlans) {
                if (withinBeforeItsEnd(plan.start(), cin)) {
                    upload.error(id, plan.line(), planAt(plan) + "CPPstartDate", "4017", "A CIN Plan has been "
                            + "reported as open at the same time as a Child Protection Plan (the CIN plan started "
                            + cin.start() + ")");
                    break;
                }
            }
        }
    }

    private void death(List<Period> cinPlans, List<Period> plans) {
        LocalDate death = child.deathDate();
        if (death == null) {
            return;
        }
        for (int i = 0; i < child.episodes().size(); i++) {
            LocalDate referral = child.episodes().get(i).referralDate();
            if (referral != null && referral.isAfter(death)) {
                upload.error(id, entry.episode(i).line(), episodeAt(i) + "CINreferralDate", "8555",
                        "Child cannot be referred after its recorded date of death, " + death);
            }
        }
        for (Period p : cinPlans) {
            if (p.start().isAfter(death)) {
                upload.error(id, p.line(), cinPlanAt(p) + "CINPlanStartDate", "4008",
                        "CIN Plan shown as starting after the child's Date of Death, " + death);
            }
            if (p.end() != null && p.end().isAfter(death)) {
                upload.error(id, p.line(), cinPlanAt(p) + "CINPlanEndDate", "4009",
                        "CIN Plan cannot end after the child's Date of Death, " + death);
            }
        }
        for (Period p : plans) {
            if (p.start().isAfter(death)) {
                upload.error(id, p.line(), planAt(p) + "CPPstartDate", "8915",
                        "Child Protection Plan shown as starting after the child's Date of Death, " + death);
            }
            if (p.end() != null && p.end().isAfter(death)) {
                upload.error(id, p.line(), planAt(p) + "CPPendDate", "8920",
                        "Child Protection Plan cannot end after the child's Date of Death, " + death);
            }
        }
    }
}
