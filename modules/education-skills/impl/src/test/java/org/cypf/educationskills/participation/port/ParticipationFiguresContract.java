package org.cypf.educationskills.participation.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.participation.domain.ActivityCode;
import org.cypf.educationskills.participation.domain.MonthlyActivity;
import org.cypf.educationskills.participation.port.ParticipationFigures.Figures;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.Test;

/**
 * What every reading of the participation figures must give (ADR 0097, the contract suites): the counts of one
 * month's activities the participation, NEET and not known measures are computed from. CYPF's jOOQ figures pass it on
 * PostgreSQL over activities its jOOQ store holds; an integrator's figures run it over activities their store holds.
 * The activities are put through the context's own store ({@link #records()}), as the NCCIS import puts them.
 *
 * <p>The promises, on activities worked out by hand: the month's young people are counted but those in custody
 * (710), whom the DfE leaves out of the rates (ADR 0047); education, employment and training is the 110 to 499 series,
 * both ends included, with apprenticeships (310) counted among them and apart; NEET is the active and inactive codes;
 * not known is 810 to 830; activities of the months before and after are not counted; a month corrected is counted
 * once, as corrected; a month with none gives zeros. Each test counts a month of its own, so tests sharing a store
 * never meet.
 */
public abstract class ParticipationFiguresContract {
    private static final AtomicInteger SERIALS = new AtomicInteger();
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /** The store the activities are put in, which the figures read. */
    protected abstract ActivityRecords records();

    protected abstract ParticipationFigures figures();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Makes the young person known where the store needs them known first; nothing by default. */
    protected void registerPupil(UniquePupilNumber upn) {}

    /** A fresh young person with a valid UPN (the DfE's modulus 23 check letter). */
    private UniquePupilNumber aYoungPerson() {
        String body = String.format("2080000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * (i + 2);
        }
        UniquePupilNumber upn = new UniquePupilNumber(LETTERS.charAt(sum % 23) + body);
        registerPupil(upn);
        return upn;
    }

    private MonthlyActivity activity(YearMonth month, int code) {
        return activity(aYoungPerson(), month, code);
    }

    private static MonthlyActivity activity(UniquePupilNumber upn, YearMonth month, int code) {
        return new MonthlyActivity(upn, month, new ActivityCode(code));
    }

    private void put(MonthlyActivity... activities) {
        inUnitOfWork(() -> {
            records().put(List.of(activities));
            return null;
        });
    }

    private Figures of(YearMonth month) {
        return inUnitOfWork(() -> figures().of(month));
    }

    @Test
    public void the_months_young_people_but_those_in_custody_by_group_with_apprentices_among_the_eet() {
        YearMonth march = YearMonth.of(2025, 3);
        var apprentice = activity(march, ActivityCode.APPRENTICESHIP);
        put(apprentice,
                activity(march, 110),   // the EET series' first code
                activity(march, 499),   // and its last
                activity(march, 540),   // NEET active
                activity(march, 680),   // NEET inactive
                activity(march, 810),   // not known
                activity(march, 830),
                activity(march, ActivityCode.CUSTODY),  // left out of the cohort
                activity(march.minusMonths(1), 540),
                activity(march.plusMonths(1), 310),
                activity(apprentice.upn(), march.plusMonths(1), 540));

        assertEquals(new Figures(7, 3, 2, 2, 1), of(march));
        assertEquals(new Figures(1, 0, 1, 0, 0), of(march.minusMonths(1)), "the month before, apart");
        assertEquals(new Figures(2, 1, 1, 0, 1), of(march.plusMonths(1)), "the month after, apart");
    }

    @Test
    public void a_month_corrected_is_counted_once_as_corrected() {
        YearMonth june = YearMonth.of(2025, 6);
        var neet = activity(june, 550);
        put(neet);
        assertEquals(new Figures(1, 0, 1, 0, 0), of(june));
        put(activity(neet.upn(), june, ActivityCode.APPRENTICESHIP));
        assertEquals(new Figures(1, 1, 0, 0, 1), of(june));
        put(activity(neet.upn(), june, ActivityCode.CUSTODY));
        assertEquals(new Figures(0, 0, 0, 0, 0), of(june), "a young person taken into custody leaves the cohort");
    }

    @Test
    public void a_month_with_no_activities_gives_zeros() {
        assertEquals(new Figures(0, 0, 0, 0, 0), of(YearMonth.of(2031, 1)));
    }
}
