package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.Comparator;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903OwnChecks;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The previous permanence file: of the child's latest period of care, the PrevPerm held must be the row's; when none
 * is held the row's is recorded ({@link Permanence#changePreviousPermanence}). The DfE asks for PrevPerm for every
 * child who started to be looked after on or after 1 April 2016 (DfE rule 634), not only in the year.
 */
final class PrevPermMerge extends FileMerge {
    /** The first day PrevPerm was collected (DfE rule 634). */
    static final LocalDate PREV_PERM_FROM = LocalDate.of(2016, 4, 1);

    PrevPermMerge(Merging m) {
        super(m);
    }

    @Override
    void merge() {
        String file = m.name(Ssda903File.PREV_PERM);
        for (Ssda903Rows.PrevPerm r : m.rows.prevPerm()) {
            Child child = m.children.get(r.child());
            // PrevPerm is about the child's latest period of care; the DfE asks for it for every child who started
            // to be looked after on or after 1 April 2016 (DfE rule 634), not only those who started in the year.
            PeriodOfCare period = m.periodsOf(child).stream().max(Comparator.comparing(PeriodOfCare::startDate))
                    .orElse(null);
            if (period == null) {
                m.errors.add(file, r.line(), "CHILD", Ssda903OwnChecks.HELD, "the child has no period of care, in CYPF or in the episodes file");
                continue;
            }
            if (period.episodes().getLast().startDate().isBefore(PREV_PERM_FROM)) {
                m.errors.add(file, r.line(), "PREV_PERM", "634", "is given only for a child who started to be looked "
                        + "after on or after 1 April 2016");
                continue;
            }
            Permanence current = m.permanenceOf(period);
            var given = new Permanence.PreviousPermanence(r.prevPerm(), r.laPerm(), r.datePerm());
            if (given.equals(current.previous())) {
                m.unchanged(Ssda903File.PREV_PERM, r.child());
                continue;
            }
            if (current.previous() != null) {
                m.errors.add(file, r.line(), "PREV_PERM", Ssda903OwnChecks.HELD, "differs from what is recorded in CYPF");
                continue;
            }
            boolean ok = m.errors.check(file, r.line(), field -> switch (field) {
                case "code" -> "PREV_PERM";
                case "authority" -> "LA_PERM";
                default -> "DATE_PERM";
            }, () -> m.permanence(period, current.changePreviousPermanence(given, child.dateOfBirth(), m.today, m.codes)));
            if (ok) {
                m.added(Ssda903File.PREV_PERM, r.child());
            }
        }
    }
}
