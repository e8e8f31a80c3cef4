package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The header file: a CHILD not held is a new child; a held one must have the same date of birth and sex, and its
 * row fills what is blank (ETHNIC, UPN, MOTHER, MC_DOB) but may not change what is recorded.
 */
final class HeaderMerge extends FileMerge {

    HeaderMerge(Merging m) {
        super(m);
    }

    /** Matches the header rows to the children held; runs before access is decided, so before any policy merges. */
    void findChildren() {
        String file = m.name(Ssda903File.HEADER);
        for (Ssda903Rows.Header h : m.rows.headers()) {
            Optional<Child> held = m.ports.children().findByLocalChildId(h.child());
            if (held.isPresent()) {
                Child child = held.get();
                if (!child.dateOfBirth().equals(h.dob())) {
                    m.errors.add(file, h.line(), "DOB", "differs from the child recorded under this CHILD");
                } else if (!child.sex().equals(h.sex())) {
                    m.errors.add(file, h.line(), "SEX", "differs from the child recorded under this CHILD");
                }
                m.children.put(h.child(), child);
            } else {
                Child child = new Child(ChildId.newId(), h.child(), h.upn() == null ? null : UniquePupilNumber.parse(h.upn()),
                        null, h.dob(), h.sex());
                m.created.add(child.id());
                m.children.put(h.child(), child);
            }
        }
    }

    @Override
    void merge() {
        String file = m.name(Ssda903File.HEADER);
        Map<ChildId, ChildHeaderDetails> held = m.ports.headers().findAll(m.existingChildren());
        for (Ssda903Rows.Header h : m.rows.headers()) {
            Child child = m.children.get(h.child());
            if (m.created.contains(child.id())) {
                m.added(Ssda903File.HEADER);
                ChildHeaderDetails details = new ChildHeaderDetails(h.ethnic(), h.mother(), h.motherChildDob());
                m.write(() -> {
                    m.ports.children().add(child);
                    if (!details.equals(ChildHeaderDetails.NONE)) {
                        m.ports.headers().save(child.id(), details);
                    }
                });
                continue;
            }
            ChildHeaderDetails before = held.getOrDefault(child.id(), ChildHeaderDetails.NONE);
            boolean[] filled = {false};
            String ethnic = m.fill(file, h.line(), "ETHNIC", before.ethnicity(), h.ethnic(), filled);
            String mother = m.fill(file, h.line(), "MOTHER", before.mother(), h.mother(), filled);
            LocalDate mcDob = m.fill(file, h.line(), "MC_DOB", before.motherChildDob(), h.motherChildDob(), filled);
            String upnHeld = child.upn() == null ? null : child.upn().value();
            boolean upnFilled = h.upn() != null && upnHeld == null;
            if (h.upn() != null && upnHeld != null && !upnHeld.equals(h.upn())) {
                m.errors.add(file, h.line(), "UPN", "differs from the UPN recorded for the child");
            }
            if (filled[0] || upnFilled) {
                m.changed(Ssda903File.HEADER);
                ChildHeaderDetails details = new ChildHeaderDetails(ethnic, mother, mcDob);
                m.write(() -> {
                    m.ports.headers().save(child.id(), details);
                    if (upnFilled) {
                        m.ports.headers().saveUpn(child.id(), h.upn());
                    }
                });
            } else {
                m.unchanged(Ssda903File.HEADER);
            }
        }
    }
}
