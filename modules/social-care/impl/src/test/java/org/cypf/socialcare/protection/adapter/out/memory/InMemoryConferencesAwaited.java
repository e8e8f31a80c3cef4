package org.cypf.socialcare.protection.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.socialcare.protection.port.ConferencesAwaited;
import org.cypf.socialcare.shared.adapter.out.memory.WorkQueues;

/**
 * The initial conferences queue read from {@link InMemoryChildProtectionEnquiries}, for fast tests (ADR 0097); test
 * code only. It passes {@code ConferencesAwaitedContract} as the jOOQ adapter does: an enquiry awaits its conference
 * until one is held, unless its section 47 concluded without one.
 */
public final class InMemoryConferencesAwaited implements ConferencesAwaited {
    /** Soonest due first, then by enquiry id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<Awaited> SOONEST = Comparator.comparing(Awaited::conferenceDueDate)
            .thenComparing(a -> a.enquiryId().toString());

    private final InMemoryChildProtectionEnquiries enquiries;

    public InMemoryConferencesAwaited(InMemoryChildProtectionEnquiries enquiries) {
        this.enquiries = enquiries;
    }

    private List<Awaited> awaited(ListScope scope) {
        return enquiries.where(e -> e.conferenceDate() == null && !e.conferenceNotRequired()
                        && scope.includes(e.childId())).stream()
                .map(e -> new Awaited(e.id(), e.childId(), e.section47StartDate(), e.conferenceDueDate()))
                .sorted(SOONEST).toList();
    }

    @Override
    public Page<Awaited> soonestDueFirst(ListScope scope, Slice slice) {
        return WorkQueues.page(awaited(scope), slice);
    }

    @Override
    public List<TeamCount> countsByTeam(ListScope scope, ChildTeams teams, LocalDate today) {
        return WorkQueues.countsByTeam(awaited(scope), Awaited::childId, Awaited::conferenceDueDate, teams, today);
    }
}
