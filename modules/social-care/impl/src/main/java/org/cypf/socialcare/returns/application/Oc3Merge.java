package org.cypf.socialcare.returns.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.careleavers.domain.BirthdayContact;
import org.cypf.socialcare.careleavers.domain.CareLeaver;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/** The OC3 file: the record at a birthday held must be the row's; a new one is added to the care leaver's. */
final class Oc3Merge extends FileMerge {

    Oc3Merge(Merging m) {
        super(m);
    }

    @Override
    void merge() {
        Map<ChildId, CareLeaver> held = m.ports.careLeavers().findAll(m.existingChildren());
        Map<ChildId, CareLeaver> changedLeavers = new LinkedHashMap<>();
        Map<ChildId, String> refs = new java.util.HashMap<>();
        for (Ssda903Rows.Oc3 o : m.rows.oc3()) {
            Child child = m.children.get(o.child());
            int age = m.upload.ageInYear(o.dob());
            CareLeaver leaver = changedLeavers.getOrDefault(child.id(),
                    held.getOrDefault(child.id(), CareLeaver.none(child.id())));
            BirthdayContact given = new BirthdayContact(age, o.inTouch(), o.activity(), o.accommodation());
            Optional<BirthdayContact> was = leaver.birthdays().stream().filter(b -> b.age() == age).findFirst();
            if (was.isPresent()) {
                m.alreadyHeld(o, was.get().equals(given), "IN_TOUCH",
                        "the OC3 record at this birthday differs from the one in CYPF");
                continue;
            }
            changedLeavers.put(child.id(), leaver.importBirthday(given).after());
            m.added(Ssda903File.OC3, o.child());
            refs.put(child.id(), o.child());
        }
        // Stored over the version read (0: none held), so a change made meanwhile refuses the import.
        changedLeavers.forEach((child, after) -> m.write(refs.get(child), () -> m.ports.careLeavers().update(after,
                held.containsKey(child) ? held.get(child).version() : 0)));
    }
}
