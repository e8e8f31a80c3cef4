package org.cypf.healthwellbeing.send.adapter.out.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.healthwellbeing.send.port.EhcRequestsAwaitingPlans;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * The EHC needs assessments awaiting their plans, read from {@link InMemoryEhcRequests} as the jOOQ reading reads
 * {@code ehc_request}; test code only (ADR 0097). It passes {@code EhcRequestsAwaitingPlansContract}.
 */
public final class InMemoryEhcRequestsAwaitingPlans implements EhcRequestsAwaitingPlans {
    /** Soonest plan due first, then by id, as the jOOQ reading pages them (a uuid's text orders as its bytes). */
    private static final Comparator<EhcRequest> SOONEST_DUE = Comparator.comparing(EhcRequest::planDueBy)
            .thenComparing(r -> r.id().toString());

    private final InMemoryEhcRequests requests;

    public InMemoryEhcRequestsAwaitingPlans(InMemoryEhcRequests requests) {
        this.requests = requests;
    }

    /** Still open, as the jOOQ reading's condition says it. */
    private List<EhcRequest> awaiting(ListScope scope) {
        return requests.visible(r -> r.planIssuedOn() == null && r.ceasedOn() == null
                && r.sen2().withdrawnOn() == null && r.sen2().notToIssueOn() == null
                && (r.decision() == null || r.decision() == EhcRequest.Decision.ASSESS)
                && scope.includes(r.childId())).stream().sorted(SOONEST_DUE).toList();
    }

    @Override
    public Page<Awaiting> soonestDueFirst(ListScope scope, Slice slice) {
        List<EhcRequest> all = awaiting(scope);
        return new Page<>(all.stream().skip(slice.offset()).limit(slice.size())
                .map(r -> new Awaiting(r.id(), r.childId(), r.receivedOn(), r.decisionDueBy(),
                        r.decision() == null ? null : r.decision().name(), r.draftIssuedOn(), r.planDueBy(),
                        r.version())).toList(), all.size());
    }

    @Override
    public List<TeamCount> countsByTeam(ListScope scope, ChildTeams teams, LocalDate today) {
        Map<String, long[]> byTeam = new TreeMap<>();
        long[] none = new long[2];
        for (EhcRequest r : awaiting(scope)) {
            String team = teams.byChild().get(r.childId().value());
            long[] counted = team == null ? none : byTeam.computeIfAbsent(team, t -> new long[2]);
            counted[0]++;
            if (r.planDueBy().isBefore(today)) {
                counted[1]++;
            }
        }
        List<TeamCount> counts = new ArrayList<>();
        byTeam.forEach((team, c) -> counts.add(new TeamCount(team, c[0], c[1])));
        if (none[0] > 0) {
            counts.add(new TeamCount(null, none[0], none[1])); // no team last, as the query orders nulls
        }
        return counts;
    }
}
