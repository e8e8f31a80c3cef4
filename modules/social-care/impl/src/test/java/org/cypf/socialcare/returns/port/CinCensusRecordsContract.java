package org.cypf.socialcare.returns.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ConferenceOutcome;
import org.cypf.socialcare.protection.domain.Section47Outcome;
import org.junit.jupiter.api.Test;

/**
 * What every reading of the CIN census's records must do (ADR 0097): CYPF's jOOQ adapter passes it on PostgreSQL,
 * reading the referrals and enquiries social care's own stores hold; an integrator's reading runs it too.
 *
 * <p>The promises: the referrals open on a day of a period are those dated on or before its last day and not closed
 * before its first (one closed on the first day, or dated on the last, is in), read whole, by referral date, then by
 * when recorded; the child protection enquiries of the referrals given, each once, and none for none given. Each test
 * reads the referrals it made, in years of its own.
 */
public abstract class CinCensusRecordsContract {

    protected abstract CinCensusRecords records();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** A child the stores may hold records of. */
    protected abstract ChildId aChild();

    /** Holds {@code referral} as social care's referral store does. */
    protected abstract void hold(Referral referral);

    /** Holds {@code enquiry} (of a referral held) as social care's enquiry store does. */
    protected abstract void hold(ChildProtectionEnquiry enquiry);

    /** This test's referrals: a store may hold others' too (a referral open throughout is open in every year). */
    private final Set<UUID> mine = new java.util.HashSet<>();

    private Referral referral(LocalDate on, LocalDate closed, Instant recordedAt) {
        Referral r = Referral.rebuild(UUID.randomUUID(), aChild(), on, "6", null, recordedAt, closed,
                closed == null ? null : "RC8", 0);
        hold(r);
        mine.add(r.id());
        return r;
    }

    private Referral referral(LocalDate on, LocalDate closed) {
        return referral(on, closed, Instant.parse("2000-01-01T09:00:00Z"));
    }

    private ChildProtectionEnquiry enquiry(Referral r) {
        LocalDate discussed = r.referralDate().plusDays(2);
        ChildProtectionEnquiry e = ChildProtectionEnquiry.rebuild(UUID.randomUUID(), r.childId(), r.id(),
                List.of(discussed), discussed, Section47Outcome.INITIAL_CONFERENCE, discussed.plusDays(5),
                discussed.plusDays(14), ConferenceOutcome.CHILD_PROTECTION_PLAN, 0);
        hold(e);
        return e;
    }

    private List<UUID> openBetween(LocalDate from, LocalDate to) {
        return inUnitOfWork(() -> records().referralsOpenBetween(from, to)).stream().map(Referral::id).toList();
    }

    @Test
    public void the_referrals_open_on_a_day_of_a_period_by_referral_date_then_when_recorded() {
        LocalDate from = LocalDate.of(2003, 4, 1);
        LocalDate to = LocalDate.of(2004, 3, 31);
        referral(LocalDate.of(2002, 6, 1), LocalDate.of(2003, 3, 31)); // closed the day before
        referral(LocalDate.of(2004, 4, 1), null); // dated the day after
        Referral closedOnFirstDay = referral(LocalDate.of(2002, 7, 1), from);
        Referral datedOnLastDay = referral(to, null);
        Referral laterRecorded = referral(LocalDate.of(2003, 9, 1), LocalDate.of(2003, 12, 1),
                Instant.parse("2003-09-01T15:00:00Z"));
        Referral earlierRecorded = referral(LocalDate.of(2003, 9, 1), null, Instant.parse("2003-09-01T10:00:00Z"));
        Referral openThroughout = referral(LocalDate.of(2001, 1, 1), null);

        assertEquals(List.of(openThroughout.id(), closedOnFirstDay.id(), earlierRecorded.id(), laterRecorded.id(),
                datedOnLastDay.id()), openBetween(from, to).stream().filter(mine::contains).toList());
    }

    @Test
    public void a_referral_is_read_whole() {
        Referral r = referral(LocalDate.of(2005, 5, 5), LocalDate.of(2005, 8, 1),
                Instant.parse("2005-05-05T11:30:00Z"));
        Referral read = inUnitOfWork(() -> records().referralsOpenBetween(LocalDate.of(2005, 5, 5),
                LocalDate.of(2005, 5, 5))).stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
        assertEquals(List.of(r.childId(), r.referralDate(), r.source(), r.recordedAt(), r.closureDate(),
                        r.closureReason()),
                List.of(read.childId(), read.referralDate(), read.source(), read.recordedAt(), read.closureDate(),
                        read.closureReason()));
    }

    @Test
    public void the_enquiries_of_the_referrals_given_each_once_and_none_for_none() {
        Referral one = referral(LocalDate.of(2006, 5, 1), null);
        Referral two = referral(LocalDate.of(2006, 6, 1), null);
        Referral other = referral(LocalDate.of(2006, 7, 1), null);
        ChildProtectionEnquiry first = enquiry(one);
        ChildProtectionEnquiry second = enquiry(two);
        enquiry(other);
        Set<UUID> read = inUnitOfWork(() -> records().enquiriesOf(List.of(one.id(), two.id()))).stream()
                .map(ChildProtectionEnquiry::id).collect(Collectors.toSet());
        assertEquals(Set.of(first.id(), second.id()), read);
        assertEquals(2, inUnitOfWork(() -> records().enquiriesOf(List.of(one.id(), two.id()))).size());
        assertEquals(List.of(), inUnitOfWork(() -> records().enquiriesOf(List.of())));
    }
}
