package org.cypf.socialcare.returns.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.junit.jupiter.api.Test;

/**
 * What every store of returned CIN episodes must do (ADR 0073, ADR 0097): CYPF's jOOQ adapter passes it on
 * PostgreSQL; an integrator's store runs it too. The episodes are kept <em>as returned</em>
 * (docs/guides/integrators-cin-census.md): the year's export writes them back as they came, so that export, import
 * and export give the same bytes, and importing the same file again changes nothing.
 *
 * <p>The promises: a child's episodes of a year are read back exactly as saved, every field, every element left out
 * (null) still left out, and every list (assessments and their factors, CIN plans, section 47s, protection plans and
 * their reviews) in the order saved; the episodes in the order saved; saving the same again (a re-import) leaves the
 * child with one list, the same; saving others replaces them; each year is kept apart, and a year with nothing saved
 * reads nothing; what a unit of work saved is gone when it rolls back. Each test works on children and years of its
 * own.
 */
public abstract class CinCensusReturnedContract {

    protected abstract CinCensusReturned returned();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** A child the store may keep episodes of (held by social care first, where the store needs that). */
    protected abstract ChildId aChild();

    /** An episode with every element given, lists in an order no sorting would give. */
    static CinCensus.CinEpisode full(LocalDate referred) {
        return new CinCensus.CinEpisode(referred, "3A", "N1", referred.plusMonths(6), "RC4", false,
                List.of(new CinCensus.AssessmentDetails(referred.plusDays(2), referred.plusDays(30),
                                List.of("3B", "2A", "21")),
                        new CinCensus.AssessmentDetails(referred.plusDays(1), null, List.of())),
                List.of(new CinCensus.CinPlan(referred.plusDays(40), referred.plusDays(90)),
                        new CinCensus.CinPlan(referred.plusDays(35), null)),
                List.of(new CinCensus.Section47(referred.plusDays(3), referred.plusDays(18), referred.plusDays(17),
                        false), new CinCensus.Section47(referred.plusDays(2), null, null, true)),
                List.of(new CinCensus.ProtectionPlan(referred.plusDays(17), referred.plusDays(160), "NEG", "PHY", 2,
                        List.of(referred.plusDays(100), referred.plusDays(60)))));
    }

    /** An episode with every element that may be left out left out. */
    static CinCensus.CinEpisode bare(LocalDate referred) {
        return new CinCensus.CinEpisode(referred, null, null, null, null, true, List.of(), List.of(), List.of(),
                List.of());
    }

    private void save(ChildId child, int year, List<CinCensus.CinEpisode> episodes) {
        inUnitOfWork(() -> {
            returned().save(child, year, episodes);
            return null;
        });
    }

    private Map<ChildId, List<CinCensus.CinEpisode>> ofYear(int year) {
        return inUnitOfWork(() -> returned().ofYear(year));
    }

    @Test
    public void a_childs_episodes_are_read_back_exactly_as_saved() {
        ChildId child = aChild();
        List<CinCensus.CinEpisode> episodes = List.of(full(LocalDate.of(2011, 5, 3)), bare(LocalDate.of(2011, 4, 2)));
        save(child, 2011, episodes);
        assertEquals(Map.of(child, episodes), ofYear(2011));
    }

    @Test
    public void saving_the_same_again_changes_nothing_and_saving_others_replaces_them() {
        ChildId child = aChild();
        ChildId other = aChild();
        List<CinCensus.CinEpisode> episodes = List.of(full(LocalDate.of(2012, 6, 1)));
        save(child, 2012, episodes);
        save(other, 2012, List.of(bare(LocalDate.of(2012, 9, 9))));
        save(child, 2012, episodes);
        assertEquals(Map.of(child, episodes, other, List.of(bare(LocalDate.of(2012, 9, 9)))), ofYear(2012));

        List<CinCensus.CinEpisode> corrected = List.of(bare(LocalDate.of(2012, 6, 1)), full(LocalDate.of(2012, 7, 1)));
        save(child, 2012, corrected);
        assertEquals(corrected, ofYear(2012).get(child));
    }

    @Test
    public void each_year_is_kept_apart_and_a_year_with_nothing_saved_reads_nothing() {
        ChildId child = aChild();
        save(child, 2013, List.of(full(LocalDate.of(2013, 5, 1))));
        save(child, 2014, List.of(bare(LocalDate.of(2014, 5, 1))));
        assertEquals(List.of(Map.of(child, List.of(full(LocalDate.of(2013, 5, 1)))),
                        Map.of(child, List.of(bare(LocalDate.of(2014, 5, 1))))),
                List.of(ofYear(2013), ofYear(2014)));
        assertEquals(Map.of(), ofYear(2015));
    }

    @Test
    public void what_a_unit_of_work_saved_is_gone_when_it_rolls_back() {
        ChildId child = aChild();
        save(child, 2016, List.of(bare(LocalDate.of(2016, 5, 1))));
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            returned().save(child, 2016, List.of(full(LocalDate.of(2016, 5, 1))));
            returned().save(child, 2017, List.of(full(LocalDate.of(2017, 5, 1))));
            throw new IllegalStateException("the import failed after saving");
        }));
        assertEquals(Map.of(child, List.of(bare(LocalDate.of(2016, 5, 1)))), ofYear(2016));
        assertEquals(Map.of(), ofYear(2017));
    }
}
