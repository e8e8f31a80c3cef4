package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.cypf.socialcare.returns.domain.CinCensusDetails;
import org.cypf.socialcare.returns.domain.CinCensusUpload;

/**
 * The DfE's CIN census rules about a return as a whole (ADR 0124): each counts across every child of the file, so
 * each is reported once, about the return (no child, line 0), and never holds a child back, the import judging child
 * by child. Where the DfE would refuse the return (2883, 2884: errors) the finding says so, with the counts; the
 * others are the DfE's queries (2886Q, 2887Q, 2888Q). The export's self-check runs the same checks over what it
 * writes.
 */
final class CinCensusReturnChecks {
    /** Rule 2886Q: the share of children (unborn aside) with no sex recorded above which the DfE queries. */
    static final double NO_SEX_SHARE = 0.02;
    /** Rule 2887Q: the DfE queries a return using fewer different disability codes than this (NONE aside). */
    static final int DISABILITY_CODES_EXPECTED = 8;
    /** The first collection year whose specification names the child's sex Sex (M, F, U), not GenderCurrent. */
    private static final int FIRST_YEAR_WITH_SEX = 2024;
    /** The most children a finding names before it counts the rest. */
    private static final int NAMED = 10;
    private static final String REFUSED = "the DfE would refuse this return as it stands (an error about the whole "
            + "return; no child is held back for it): ";

    private final CinCensusUpload upload;
    private final int year;
    private final LocalDate from;
    private final LocalDate to;

    CinCensusReturnChecks(CinCensusUpload upload) {
        this.upload = upload;
        this.year = upload.collectionYear();
        this.from = LocalDate.of(year, 4, 1);
        this.to = LocalDate.of(year + 1, 3, 31);
    }

    void checkAll() {
        List<CinCensusUpload.Entry> children = upload.children();
        if (children.isEmpty()) {
            return;
        }
        plansAndConferences(children);
        conferencesAtBothLevels(children);
        sexRecorded(children);
        disabilityCodes(children);
    }

    /** 2883: no more child protection plans start in the year than initial conferences take place in it. */
    private void plansAndConferences(List<CinCensusUpload.Entry> children) {
        int plans = 0;
        int atCinDetails = 0;
        int atSection47 = 0;
        for (CinCensusUpload.Entry e : children) {
            for (CinCensus.CinEpisode episode : e.child().episodes()) {
                plans += (int) episode.plans().stream().filter(p -> inYear(p.startDate())).count();
                atCinDetails += inYear(episode.initialCpcDate()) ? 1 : 0;
                atSection47 += (int) episode.section47s().stream().filter(s -> inYear(s.icpcDate())).count();
            }
        }
        if (plans > atCinDetails + atSection47) {
            upload.returnFinding("ChildProtectionPlans.CPPstartDate", "2883", REFUSED + "there are more child "
                    + "protection plans starting than initial conferences taking place: " + plans + " plans start in "
                    + "the census year (" + from + " to " + to + ") and " + (atCinDetails + atSection47)
                    + " initial child protection conferences took place in it (" + atCinDetails + " DateOfInitialCPC "
                    + "at CINdetails level, " + atSection47 + " at Section47 level); record the conference each plan "
                    + "followed");
        }
    }

    /** 2884: an initial conference is recorded at CINdetails level or at Section47 level, never both. */
    private void conferencesAtBothLevels(List<CinCensusUpload.Entry> children) {
        List<String> both = new ArrayList<>();
        for (CinCensusUpload.Entry e : children) {
            Set<LocalDate> atSection47 = new TreeSet<>();
            e.child().episodes().forEach(x -> x.section47s().stream().map(CinCensus.Section47::icpcDate)
                    .filter(d -> d != null).forEach(atSection47::add));
            for (CinCensus.CinEpisode episode : e.child().episodes()) {
                if (episode.initialCpcDate() != null && atSection47.contains(episode.initialCpcDate())) {
                    both.add("child " + e.child().laChildId() + " on " + episode.initialCpcDate());
                }
            }
        }
        if (!both.isEmpty()) {
            upload.returnFinding("CINdetails.DateOfInitialCPC", "2884", REFUSED + both.size() + " initial child "
                    + "protection conference" + (both.size() == 1 ? " is" : "s are") + " recorded at both the "
                    + "Section47 and CINdetails level, and each should be recorded in one only: " + named(both));
        }
    }

    /**
     * 2886Q: at most 2% of the children (an unborn child, with an expected date of birth, is not counted as one with
     * no sex) have no sex recorded: Sex missing or U from 2024-25, GenderCurrent missing or 0 before, the element the
     * year's specification uses (as rule 4180 reads it).
     */
    private void sexRecorded(List<CinCensusUpload.Entry> children) {
        boolean sex = year >= FIRST_YEAR_WITH_SEX;
        String unknown = sex ? "U" : "0";
        long none = children.stream().filter(e -> e.expectedBirthDate() == null)
                .filter(e -> e.sexAsWritten() == null || unknown.equals(e.sexAsWritten())).count();
        if ((double) none / children.size() > NO_SEX_SHARE) {
            String element = sex ? "Sex" : "GenderCurrent";
            upload.returnFinding("ChildIdentifiers." + element, "2886Q", "Please check and either amend or provide a "
                    + "reason: the percentage of children with no " + (sex ? "sex" : "gender") + " recorded is more "
                    + "than 2% (excluding unborns): " + none + " of the " + children.size() + " children ("
                    + String.format(java.util.Locale.ROOT, "%.1f", 100.0 * none / children.size()) + "%) have "
                    + element + " missing or " + unknown);
        }
    }

    /**
     * 2887Q: the return uses at least 8 different disability codes; 2888Q: of the children with a disability, at least
     * one has more than one recorded (NONE aside, in both).
     */
    private void disabilityCodes(List<CinCensusUpload.Entry> children) {
        Set<String> codes = new TreeSet<>();
        int withAny = 0;
        int most = 0;
        for (CinCensusUpload.Entry e : children) {
            List<String> own = e.child().disabilities().stream()
                    .filter(d -> d != null && !CinCensusDetails.NO_DISABILITY.equals(d)).toList();
            codes.addAll(own);
            if (!own.isEmpty()) {
                withAny++;
                most = Math.max(most, own.size());
            }
        }
        if (codes.size() < DISABILITY_CODES_EXPECTED) {
            upload.returnFinding("ChildCharacteristics.Disabilities", "2887Q", "Please check and either amend or "
                    + "provide a reason: less than " + DISABILITY_CODES_EXPECTED + " disability codes have been used "
                    + "in the return: " + codes.size() + " disability codes (NONE aside)" + (codes.isEmpty() ? ""
                    : ": " + String.join(", ", codes)) + "; they are those recorded for the children, none is made up");
        }
        if (withAny > 0 && most <= 1) {
            upload.returnFinding("ChildCharacteristics.Disabilities", "2888Q", "Please check and either amend or "
                    + "provide a reason: only one disability code is recorded per child, and multiple disabilities "
                    + "should be recorded where possible: each of the " + withAny + " children with a disability "
                    + "recorded has one code");
        }
    }

    private boolean inYear(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    private static String named(List<String> all) {
        return String.join(", ", all.subList(0, Math.min(NAMED, all.size())))
                + (all.size() > NAMED ? " and " + (all.size() - NAMED) + " more" : "");
    }
}
