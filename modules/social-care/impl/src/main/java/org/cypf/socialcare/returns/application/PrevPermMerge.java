package org.cypf.socialcare.returns.application;

import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The previous permanence file: of the child's period of care that began in the year, the PrevPerm held must be the
 * row's; when none is held the row's is recorded ({@link Permanence#changePreviousPermanence}).
 */
final class PrevPermMerge extends FileMerge {

    PrevPermMerge(Merging m) {
        super(m);
    }

    @Override
    void merge() {
        String file = m.name(Ssda903File.PREV_PERM);
        for (Ssda903Rows.PrevPerm r : m.rows.prevPerm()) {
            Child child = m.children.get(r.child());
            PeriodOfCare period = m.periodsOf(child).stream()
                    .filter(p -> !p.beganBeforeTheRecordsHeld() && !p.startDate().isBefore(m.year.from())
                            && !p.startDate().isAfter(m.year.to()))
                    .reduce((x, y) -> y).orElse(null);
            if (period == null) {
                m.errors.add(file, r.line(), "CHILD", "the child did not start to be looked after in the collection year");
                continue;
            }
            Permanence current = m.permanenceOf(period);
            var given = new Permanence.PreviousPermanence(r.prevPerm(), r.laPerm(), r.datePerm());
            if (given.equals(current.previous())) {
                m.unchanged(Ssda903File.PREV_PERM);
                continue;
            }
            if (current.previous() != null) {
                m.errors.add(file, r.line(), "PREV_PERM", "differs from what is recorded in CYPF");
                continue;
            }
            boolean ok = m.errors.check(file, r.line(), field -> switch (field) {
                case "code" -> "PREV_PERM";
                case "authority" -> "LA_PERM";
                default -> "DATE_PERM";
            }, () -> m.permanence(period, current.changePreviousPermanence(given, child.dateOfBirth(), m.today, m.codes)));
            if (ok) {
                m.added(Ssda903File.PREV_PERM);
            }
        }
    }
}
