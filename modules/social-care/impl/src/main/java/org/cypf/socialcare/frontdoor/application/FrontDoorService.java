package org.cypf.socialcare.frontdoor.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.event.ContactSteppedDownToEarlyHelp;
import org.cypf.socialcare.api.frontdoor.ContactBreachView;
import org.cypf.socialcare.api.frontdoor.ContactView;
import org.cypf.socialcare.api.frontdoor.DecideContact;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.socialcare.api.frontdoor.RecordContact;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.socialcare.frontdoor.domain.BreachStatus;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.frontdoor.domain.ContactDecision;
import org.cypf.socialcare.frontdoor.domain.FamilyMember;
import org.cypf.socialcare.frontdoor.port.Contacts;
import org.cypf.socialcare.shared.application.ChildrenReferred;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.socialcare.shared.port.Children;

/**
 * The front door's use cases. Each runs in one unit of work: the access decision and its audit, the change, the
 * referral a decision opens and the integration event commit together or not at all.
 */
public final class FrontDoorService implements FrontDoor {
    private static final String RECORD = "contact";
    /** Contacts decided late are listed for the 12 months to the date; undecided ones until decided. */
    static final int BREACH_LOOKBACK_MONTHS = 12;

    private final UnitOfWork unitOfWork;
    private final Contacts contacts;
    private final Referrals referrals;
    private final Children children;
    private final ContextRecordAccess access;
    private final IntegrationEvents events;
    private final Clock clock;
    private final CinCensusCodes codes = CinCensusCodes.standard();

    public FrontDoorService(UnitOfWork unitOfWork, Contacts contacts, Referrals referrals, Children children,
                            ContextRecordAccess access, IntegrationEvents events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.contacts = contacts;
        this.referrals = referrals;
        this.children = children;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ContactView recordContact(Caller caller, RecordContact command) {
        Instant now = clock.instant();
        ChildDetails details = command.child();
        ChildrenReferred.check(details, LocalDate.now(clock));
        return unitOfWork.inTransaction(() -> {
            Optional<Child> known = children.findByLocalChildId(details.localChildId());
            Child child = ChildrenReferred.knownOrNew(known, details);
            access.authorise(caller, intent(RecordAction.CREATE, "recording a contact about a child"), child.id());
            List<FamilyMember> members = command.familyMembers() == null ? List.of() : command.familyMembers().stream()
                    .map(m -> m == null ? null : new FamilyMember(m.name(), m.relationship())).toList();
            Contact contact = Contact.record(UUID.randomUUID(), child.id(), new Contact.Received(command.receivedAt(),
                    command.source(), command.referrerName(), command.referrerOrganisation(), command.worry(), members),
                    now, codes);
            if (known.isEmpty()) {
                children.add(child);
            }
            contacts.add(contact);
            return ContactViews.of(contact, child);
        });
    }

    @Override
    public ContactView decide(Caller caller, DecideContact command) {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            Contact contact = contacts.find(command.contactId()).orElseThrow(FrontDoorService::noSuchContact);
            access.authorise(caller, intent(RecordAction.UPDATE, "recording the decision on a contact"), contact.childId());
            if (contact.version() != command.version()) {
                throw new StaleVersion("the contact", command.version());
            }
            Contact decided = contact.decide(command.decision(), command.decidedAt(), caller.userId(), command.note(), now);
            if (decided.decision().opensReferral()) {
                Referral referral = Referral.open(UUID.randomUUID(), decided.childId(), decided.decidedOn().orElseThrow(),
                        decided.source(), decided.id(), now, LocalDate.now(clock), codes);
                referrals.add(referral);
                decided = decided.openedReferral(referral.id());
            }
            contacts.update(decided);
            Child child = child(decided.childId());
            if (decided.decision() == ContactDecision.STEP_DOWN_TO_EARLY_HELP) {
                events.publish(new ContactSteppedDownToEarlyHelp(child.id().toString(), decided.id(),
                        decided.decidedOn().orElseThrow(), child.dateOfBirth(), decided.source(), decided.worry(),
                        decided.familyMembers().stream().map(ContactViews::of).toList()));
            }
            return ContactViews.of(ContactViews.nextVersion(decided), child);
        });
    }

    @Override
    public ContactView contact(Caller caller, UUID contactId) {
        return unitOfWork.inTransaction(() -> {
            Contact contact = contacts.find(contactId).orElseThrow(FrontDoorService::noSuchContact);
            access.authorise(caller, intent(RecordAction.READ, "viewing a contact about a child"), contact.childId());
            return ContactViews.of(contact, child(contact.childId()));
        });
    }

    @Override
    public List<ContactBreachView> breaches(Caller caller, LocalDate date) {
        return unitOfWork.inTransaction(() -> {
            List<Contact> found = contacts.breachCandidates(date, date.minusMonths(BREACH_LOOKBACK_MONTHS).plusDays(1))
                    .stream().filter(c -> c.breachAt(date).isPresent())
                    .sorted(Comparator.comparing(Contact::decisionDueOn).thenComparing(Contact::receivedAt)).toList();
            List<ChildId> ids = found.stream().map(Contact::childId).distinct().toList();
            access.authoriseAll(caller, intent(RecordAction.LIST, "listing contacts that breached the decision timescale"), ids);
            Map<ChildId, Child> byId = children.findAll(ids);
            return found.stream().map(c -> breach(c, byId.get(c.childId()), date)).toList();
        });
    }

    private static ContactBreachView breach(Contact c, Child child, LocalDate date) {
        BreachStatus status = c.breachAt(date).orElseThrow();
        LocalDate until = status == BreachStatus.DECIDED_LATE ? c.decidedOn().orElseThrow() : date;
        int late = Math.max(0, WorkingDayCalendar.england().workingDaysBetween(c.decisionDueOn(), until));
        return new ContactBreachView(c.id(), child.id().toString(), child.localChildId(), c.receivedAt(),
                c.decisionDueOn(), c.decision() == null ? null : c.decision().name(), c.decidedOn().orElse(null),
                status.name(), late, c.version());
    }

    private Child child(ChildId id) {
        return children.findAll(List.of(id)).get(id);
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    private static NotFound noSuchContact() {
        return new NotFound("no contact with this id");
    }
}
