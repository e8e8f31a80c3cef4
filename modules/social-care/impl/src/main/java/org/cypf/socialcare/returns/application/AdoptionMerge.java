package org.cypf.socialcare.returns.application;

import java.util.List;
import java.util.Optional;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903OwnChecks;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The two files about adoption (AD1 and PlacedAdoption) fill the same record, a period of care's adoption: each
 * row fills what is blank and may not change what is held; what it fills must pass the adoption's own rules
 * ({@link Permanence#changeAdoption}). A file says which period its row is about and which steps it gives.
 *
 * @param <R> the file's row
 */
abstract class AdoptionMerge<R extends Ssda903Rows.Row> extends FileMerge {
    /** Fills a held step with the row's value in {@code column} (see {@link Merging#fill}). */
    interface Fill {
        <T> T of(String column, T held, T given);
    }

    private final Ssda903File kind;
    /** The column of the file that holds the adoption's decision date. */
    private final String decisionDate;

    AdoptionMerge(Merging m, Ssda903File kind, String decisionDate) {
        super(m);
        this.kind = kind;
        this.decisionDate = decisionDate;
    }

    /** The file's rows. */
    abstract List<R> rows();

    /** The row's error when no period of care fits it. */
    record NoPeriod(String column, String reason) {}

    /** The period of care {@code row} is about, among the child's {@code held}. */
    abstract Optional<PeriodOfCare> period(R row, List<PeriodOfCare> held);

    /** The error when {@link #period} finds none. */
    abstract NoPeriod noPeriod();

    /** The adoption held ({@code was}) with the steps {@code row} gives filled in. */
    abstract Permanence.Adoption filled(R row, Permanence.Adoption was, Fill fill);

    @Override
    final void merge() {
        String file = m.name(kind);
        for (R row : rows()) {
            int line = row.line();
            Child child = m.children.get(row.child());
            PeriodOfCare period = period(row, m.periodsOf(child)).orElse(null);
            if (period == null) {
                m.errors.add(file, line, noPeriod().column(), Ssda903OwnChecks.HELD, noPeriod().reason());
                continue;
            }
            boolean[] filled = {false};
            Permanence.Adoption now = filled(row, m.permanenceOf(period).adoption(), new Fill() {
                @Override
                public <T> T of(String column, T held, T given) {
                    return m.fill(file, line, column, held, given, filled);
                }
            });
            record(row.child(), line, period, now, filled[0]);
        }
    }

    /** Records {@code now} as the adoption of {@code period} if the row filled anything ({@code store}). */
    private void record(String child, int line, PeriodOfCare period, Permanence.Adoption now, boolean store) {
        if (!store) {
            m.unchanged(kind, child);
            return;
        }
        boolean ok = m.errors.check(m.name(kind), line, field -> switch (field) {
            case "decisionDate" -> decisionDate;
            case "matchedDate" -> "DATE_MATCH";
            case "numberOfAdopters" -> "NB_ADOPTR";
            case "sexOfAdopters" -> "SEX_ADOPTR";
            case "legalStatusOfAdopters" -> "LS_ADOPTR";
            case "decisionCeasedDate" -> "DATE_PLACED_CEASED";
            case "decisionCeasedReason" -> "REASON_PLACED_CEASED";
            default -> field;
        }, () -> m.permanence(period, m.permanenceOf(period).changeAdoption(period, now, m.today, m.codes)));
        if (ok) {
            if (!m.permanenceHeld(period)) {
                m.added(kind, child);
            } else {
                m.changed(kind, child);
            }
        }
    }
}
