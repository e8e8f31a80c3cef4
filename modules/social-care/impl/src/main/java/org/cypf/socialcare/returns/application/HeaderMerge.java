package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903OwnChecks;
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
        Map<String, ChildId> known = m.ports.headers().childIdsOf(m.rows.headers().stream()
                .map(Ssda903Rows.Header::child).toList());
        Map<ChildId, Child> heldChildren = new java.util.HashMap<>();
        List<ChildId> ids = List.copyOf(known.values());
        for (int from = 0; from < ids.size(); from += 10_000) {
            heldChildren.putAll(m.ports.children().findAll(ids.subList(from, Math.min(ids.size(), from + 10_000))));
        }
        for (Ssda903Rows.Header h : m.rows.headers()) {
            Optional<Child> held = Optional.ofNullable(known.get(h.child())).map(heldChildren::get);
            if (held.isPresent()) {
                Child child = held.get();
                if (!child.dateOfBirth().equals(h.dob())) {
                    m.errors.add(file, h.line(), "DOB", Ssda903OwnChecks.HELD, "differs from the child recorded under this CHILD");
                } else if (!child.sex().equals(h.sex())) {
                    m.errors.add(file, h.line(), "SEX", Ssda903OwnChecks.HELD, "differs from the child recorded under this CHILD");
                }
                m.children.put(h.child(), child);
            } else {
                Child child = new Child(ChildId.newId(), h.child(), usable(h.upn()) ? UniquePupilNumber.parse(h.upn())
                        : null, null, h.dob(), h.sex());
                m.created.add(child.id());
                m.children.put(h.child(), child);
            }
        }
    }

    /** A UPN CYPF holds as the child's: the right shape and check letter (not a UN reason, not a failed check). */
    private static boolean usable(String upn) {
        return upn != null && UniquePupilNumber.isValid(upn);
    }

    @Override
    void merge() {
        String file = m.name(Ssda903File.HEADER);
        Map<ChildId, ChildHeaderDetails> held = m.ports.headers().findAll(m.existingChildren());
        for (Ssda903Rows.Header h : m.rows.headers()) {
            Child child = m.children.get(h.child());
            if (m.created.contains(child.id())) {
                m.added(Ssda903File.HEADER, h.child());
                ChildHeaderDetails details = new ChildHeaderDetails(h.ethnic(), h.mother(), h.motherChildDob(),
                        usable(h.upn()) ? null : h.upn());
                m.newChildren.add(h.child(), Map.entry(child, details));
                continue;
            }
            ChildHeaderDetails before = held.getOrDefault(child.id(), ChildHeaderDetails.NONE);
            boolean[] filled = {false};
            String ethnic = m.fill(file, h.line(), "ETHNIC", before.ethnicity(), h.ethnic(), filled);
            String mother = m.fill(file, h.line(), "MOTHER", before.mother(), h.mother(), filled);
            LocalDate mcDob = m.fill(file, h.line(), "MC_DOB", before.motherChildDob(), h.motherChildDob(), filled);
            String upnHeld = child.upn() == null ? null : child.upn().value();
            String given = usable(h.upn()) ? h.upn() : null;
            boolean upnFilled = given != null && upnHeld == null;
            if (given != null && upnHeld != null && !upnHeld.equals(given)) {
                m.errors.add(file, h.line(), "UPN", Ssda903OwnChecks.HELD, "differs from the UPN recorded for the child");
            }
            // A "no UPN" reason or an unusable UPN is kept as returned while the child has no UPN; a UPN replaces it.
            String asReturned = upnFilled || upnHeld != null ? null
                    : m.fill(file, h.line(), "UPN", before.upnAsReturned(), usable(h.upn()) ? null : h.upn(), filled);
            boolean asReturnedCleared = upnFilled && before.upnAsReturned() != null;
            if (filled[0] || upnFilled) {
                m.changed(Ssda903File.HEADER, h.child());
                ChildHeaderDetails details = new ChildHeaderDetails(ethnic, mother, mcDob,
                        asReturnedCleared ? null : asReturned);
                m.writeFirst(h.child(), () -> {
                    m.ports.headers().save(child.id(), details);
                    if (upnFilled) {
                        m.ports.headers().saveUpn(child.id(), h.upn());
                    }
                });
            } else {
                m.unchanged(Ssda903File.HEADER, h.child());
            }
        }
    }
}
