package org.cypf.socialcare.returns.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.returns.domain.CollectionYear;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.returns.port.Convictions;
import org.cypf.socialcare.returns.port.Oc2HealthRecords;
import org.cypf.socialcare.returns.port.Oc2HealthRecords.HealthForYear;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The OC2 file of an export (ADR 0077): a row for each child of the DfE's OC2 cohort, looked after continuously for
 * twelve months at 31 March (a period of care begun by 1 April and still open after 31 March, not under short
 * breaks), whose values are all held: CONVICTED as social care records it, the health fields as health publishes them
 * ({@link Oc2HealthRecords}, health's published api). A child with a value missing gets no row, and the export's notes
 * name the child and each value missing, so that no row breaks the DfE's rule that an OC2 row is complete:
 * SDQ_SCORE or SDQ_REASON (rules 186, 197B), HEALTH_CHECK for a child under 5, INTERVENTION_RECEIVED when
 * SUBSTANCE_MISUSE is 1 (rule 192) and INTERVENTION_OFFERED when none was received.
 */
final class Oc2Export {
    private static final int HEALTH_CHECK_UNDER_AGE = 5;

    private final CollectionYear year;
    private final Convictions convictions;
    private final Oc2HealthRecords health;

    Oc2Export(CollectionYear year, Convictions convictions, Oc2HealthRecords health) {
        this.year = year;
        this.convictions = convictions;
        this.health = health;
    }

    /** The cohort: looked after continuously for the twelve months ending 31 March, short breaks aside. */
    static boolean inCohort(PeriodOfCare p, CollectionYear year) {
        return !p.startDate().isAfter(year.from()) && (p.endDate() == null || p.endDate().isAfter(year.to()))
                && p.episodes().stream().noneMatch(Episode::isShortBreak);
    }

    /** Adds the cohort's complete OC2 rows to {@code rows}, in the order of CHILD, and a note for each child left out. */
    void fill(Caller caller, Ssda903Rows rows, List<PeriodOfCare> periods, Map<ChildId, Child> children,
              List<String> notes) {
        Map<String, Child> cohort = new java.util.TreeMap<>();
        periods.stream().filter(p -> inCohort(p, year)).map(p -> children.get(p.childId()))
                .forEach(c -> cohort.put(c.localChildId(), c));
        if (cohort.isEmpty()) {
            return;
        }
        List<ChildId> ids = cohort.values().stream().map(Child::id).toList();
        Map<ChildId, Boolean> convicted = convictions.forYear(year.year(), ids);
        Map<ChildId, HealthForYear> healthOf = new HashMap<>();
        String healthUnread = null;
        try {
            health.forChildren(caller, ids, year.to()).forEach(h -> healthOf.put(h.child(), h));
        } catch (AccessDenied e) {
            healthUnread = "health's records of children in care could not be read by this caller";
        }
        Map<String, List<String>> leftOut = new LinkedHashMap<>();
        for (Child c : cohort.values()) {
            HealthForYear h = healthOf.get(c.id());
            Boolean conv = convicted.get(c.id());
            List<String> missing = new ArrayList<>();
            if (conv == null) {
                missing.add("CONVICTED (social care records it: PUT /social-care/returns/ssda903/" + year.year()
                        + "/children/{childId}/convicted)");
            }
            if (h == null) {
                missing.add(healthUnread != null ? "the health fields (" + healthUnread + ")"
                        : "the health fields (health holds no record of the child's time in care)");
            } else {
                if (h.sdqScore() == null && h.sdqReason() == null) {
                    missing.add("SDQ_SCORE or SDQ_REASON (DfE rules 186, 197B)");
                }
                boolean underFive = c.dateOfBirth().plusYears(HEALTH_CHECK_UNDER_AGE).isAfter(year.to());
                if (underFive && h.healthCheck() == null) {
                    missing.add("HEALTH_CHECK (a child under 5: no development check recorded in the year)");
                }
                if (h.substanceMisuse() == 1 && h.interventionReceived() == null) {
                    missing.add("INTERVENTION_RECEIVED (DfE rule 192)");
                }
                if (h.substanceMisuse() == 1 && Integer.valueOf(0).equals(h.interventionReceived())
                        && h.interventionOffered() == null) {
                    missing.add("INTERVENTION_OFFERED");
                }
            }
            if (!missing.isEmpty()) {
                leftOut.put(c.localChildId(), missing);
                continue;
            }
            rows.add(new Ssda903Rows.Oc2(rows.nextLine(Ssda903File.OC2), c.localChildId(), c.dateOfBirth(),
                    h.sdqScore(), h.sdqScore() == null ? h.sdqReason() : null, conv ? 1 : 0,
                    underFiveOrNull(c, h), h.immunisations(), h.teethCheck(), h.healthAssessment(), h.substanceMisuse(),
                    h.substanceMisuse() == 1 ? h.interventionReceived() : null,
                    h.substanceMisuse() == 1 && h.interventionReceived() == 0 ? h.interventionOffered() : null));
        }
        leftOut.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).forEach(e ->
                notes.add("oc2.csv: CHILD " + e.getKey() + " is in the OC2 cohort (looked after for the twelve months "
                        + "to 31 March) but was left out: missing " + String.join("; ", e.getValue())));
    }

    private Integer underFiveOrNull(Child c, HealthForYear h) {
        return c.dateOfBirth().plusYears(HEALTH_CHECK_UNDER_AGE).isAfter(year.to()) ? h.healthCheck() : null;
    }
}
