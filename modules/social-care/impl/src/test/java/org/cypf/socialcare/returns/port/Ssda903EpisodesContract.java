package org.cypf.socialcare.returns.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.junit.jupiter.api.Test;

/**
 * What every reading of periods of care for the SSDA903 return must do (ADR 0097): CYPF's jOOQ adapter passes it on
 * PostgreSQL, reading what social care's periods-of-care store holds; an integrator's reading runs it too. The
 * episodes file is written in the order read, so its bytes depend on that order (docs/guides/integrators-ssda903.md:
 * export, import and export give the same bytes).
 *
 * <p>The promises: the periods with an episode open on a day of a period (started on or before its last day, not
 * ended before its first) are read whole, every episode of each (those outside the period too) with every field; in
 * the order of the episodes file: by CHILD compared character by character (so "B7" before "a1", and "10" before
 * "9"), then by the period's start; each period's episodes by their start. The periods of the children given are read
 * whole, a child with none absent, none for none given. Each test reads the children it made.
 */
public abstract class Ssda903EpisodesContract {

    protected abstract Ssda903Episodes episodes();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** A child held under {@code localChildId} (CHILD) with nothing else. */
    protected abstract ChildId aChild(String localChildId);

    /** Holds {@code period} as social care's periods-of-care store does. */
    protected abstract void hold(PeriodOfCare period);

    private final Set<ChildId> mine = new HashSet<>();

    private ChildId child(String prefix) {
        ChildId child = aChild(prefix + UUID.randomUUID().toString().substring(0, 8));
        mine.add(child);
        return child;
    }

    /** A period of one episode, or of two when {@code changedOn} is given (a change of placement that day). */
    private PeriodOfCare period(ChildId child, LocalDate start, LocalDate changedOn, LocalDate end) {
        List<Episode> episodes = new ArrayList<>();
        LocalDate firstEnd = changedOn != null ? changedOn : end;
        episodes.add(new Episode(UUID.randomUUID(), start, "S", "C2", "N1", "U6", "PR1", null, null, null, firstEnd,
                changedOn != null ? "X1" : end == null ? null : "E4A", null));
        if (changedOn != null) {
            episodes.add(new Episode(UUID.randomUUID(), changedOn, "P", "C2", "N1", "U4", "PR1", null, null,
                    "SC123456", end, end == null ? null : "E4A", "CARPL"));
        }
        PeriodOfCare p = PeriodOfCare.imported(UUID.randomUUID(), child, episodes);
        hold(p);
        return p;
    }

    private record Read(UUID period, ChildId child, List<Episode> episodes) {
        static Read of(PeriodOfCare p) {
            return new Read(p.id(), p.childId(), p.episodes());
        }
    }

    private List<Read> mineOf(List<PeriodOfCare> periods) {
        return periods.stream().filter(p -> mine.contains(p.childId())).map(Read::of).toList();
    }

    @Test
    public void the_periods_open_in_a_year_read_whole_in_the_order_of_the_episodes_file() {
        LocalDate from = LocalDate.of(2007, 4, 1);
        LocalDate to = LocalDate.of(2008, 3, 31);
        ChildId lower = child("a1-");
        ChildId upper = child("B7-");
        ChildId ten = child("10-");
        ChildId nine = child("9-");
        PeriodOfCare lowerLater = period(lower, LocalDate.of(2008, 3, 31), null, null); // began on the last day
        PeriodOfCare lowerEarlier = period(lower, LocalDate.of(2006, 1, 1), LocalDate.of(2006, 9, 1),
                LocalDate.of(2007, 4, 1)); // ended on the first day; its first episode outside the year
        period(upper, LocalDate.of(2006, 1, 1), null, LocalDate.of(2007, 3, 31)); // ended the day before
        PeriodOfCare upperOpen = period(upper, LocalDate.of(2007, 6, 1), LocalDate.of(2007, 8, 1), null);
        PeriodOfCare tens = period(ten, LocalDate.of(2007, 5, 1), null, LocalDate.of(2007, 6, 1));
        PeriodOfCare nines = period(nine, LocalDate.of(2005, 5, 1), null, LocalDate.of(2008, 1, 1));
        period(nine, LocalDate.of(2008, 4, 1), null, null); // began the day after

        assertEquals(List.of(Read.of(tens), Read.of(nines), Read.of(upperOpen), Read.of(lowerEarlier),
                Read.of(lowerLater)), mineOf(inUnitOfWork(() -> episodes().overlapping(from, to))));
    }

    @Test
    public void the_periods_of_the_children_given_read_whole_and_a_child_with_none_absent() {
        ChildId one = child("C-");
        ChildId two = child("C-");
        ChildId none = child("C-");
        ChildId other = child("C-");
        PeriodOfCare first = period(one, LocalDate.of(2009, 1, 1), LocalDate.of(2009, 2, 1), LocalDate.of(2009, 3, 1));
        PeriodOfCare second = period(one, LocalDate.of(2010, 1, 1), null, null);
        PeriodOfCare twos = period(two, LocalDate.of(2009, 6, 1), null, null);
        period(other, LocalDate.of(2009, 6, 1), null, null);

        List<PeriodOfCare> read = inUnitOfWork(() -> episodes().forChildren(List.of(one, two, none)));
        assertEquals(Set.of(Read.of(first), Read.of(second), Read.of(twos)), Set.copyOf(mineOf(read)));
        assertEquals(3, read.size());
        assertEquals(List.of(first.id(), second.id()), read.stream().filter(p -> p.childId().equals(one))
                .map(PeriodOfCare::id).toList(), "a child's periods by their start");
        assertEquals(List.of(), inUnitOfWork(() -> episodes().forChildren(List.of())));
    }
}
