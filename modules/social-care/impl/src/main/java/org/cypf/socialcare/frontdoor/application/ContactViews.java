package org.cypf.socialcare.frontdoor.application;

import org.cypf.socialcare.api.frontdoor.ContactView;
import org.cypf.socialcare.api.frontdoor.FamilyMember;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.shared.domain.Child;

/** Domain to published view, in one place. */
final class ContactViews {
    private ContactViews() {}

    static ContactView of(Contact c, Child child) {
        return new ContactView(c.id(), child.id().toString(), child.localChildId(), c.receivedAt(), c.receivedOn(),
                c.source(), c.referrerName(), c.referrerOrganisation(), c.worry(),
                c.familyMembers().stream().map(ContactViews::of).toList(), c.decisionDueOn(),
                c.decision() == null ? null : c.decision().name(), c.decidedAt(), c.decidedOn().orElse(null),
                c.decidedBy(), c.decisionNote(), c.decidedWithinTimescale().orElse(null), c.referralId(), c.version());
    }

    static FamilyMember of(org.cypf.socialcare.frontdoor.domain.FamilyMember m) {
        return new FamilyMember(m.name(), m.relationship());
    }
}
