package org.cypf.socialcare.returns.application;

import java.util.Map;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.UnaccompaniedAsylumSeeker;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The UASC file: a child held as an UASC must have the same DUC; a new one is recorded
 * ({@link UnaccompaniedAsylumSeeker#recordReturned}: a DUC in the future is allowed, one after the 18th birthday is
 * not, DfE rule 304), a DUC on the 18th birthday meaning "still an UASC".
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
                m.alreadyHeld(u, was.returnedDateCeased(child).equals(u.duc()), "DUC",
                        "differs from the date recorded in CYPF");
                continue;
            }
            boolean ok = m.errors.check(file, u.line(), f -> "DUC", () -> {
                UnaccompaniedAsylumSeeker record = UnaccompaniedAsylumSeeker.notYetRecorded(child.id())
                        .recordReturned(child, u.duc()).after();
                m.write(u.child(), () -> m.ports.uasc().save(record, 0));
            });
            if (ok) {
                m.added(Ssda903File.UASC, u.child());
            }
        }
    }
}
