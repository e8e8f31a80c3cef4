package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.Map;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.UnaccompaniedAsylumSeeker;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The UASC file: a child held as an UASC must have the same DUC; a new one is recorded, a DUC on the 18th birthday
 * meaning "still an UASC".
 */
final class UascMerge extends FileMerge {

    UascMerge(Merging m) {
        super(m);
    }

    @Override
    void merge() {
        String file = m.name(Ssda903File.UASC);
        Map<ChildId, UnaccompaniedAsylumSeeker> held = m.ports.uasc().findAll(m.existingChildren());
        for (Ssda903Rows.Uasc u : m.rows.uasc()) {
            Child child = m.children.get(u.child());
            UnaccompaniedAsylumSeeker was = held.get(child.id());
            if (was != null) {
                m.alreadyHeld(Ssda903File.UASC, u.line(), was.returnedDateCeased(child).equals(u.duc()), "DUC",
                        "differs from the date recorded in CYPF");
                continue;
            }
            // DUC on the 18th birthday is the day a child still an UASC will cease: held as "still an UASC".
            LocalDate ceased = u.duc().equals(UnaccompaniedAsylumSeeker.eighteenthBirthday(child)) ? null : u.duc();
            boolean ok = m.errors.check(file, u.line(), f -> "DUC", () -> {
                UnaccompaniedAsylumSeeker record = UnaccompaniedAsylumSeeker.notYetRecorded(child.id())
                        .record(child, ceased, m.today).after();
                m.write(() -> m.ports.uasc().save(record, 0));
            });
            if (ok) {
                m.added(Ssda903File.UASC);
            }
        }
    }
}
