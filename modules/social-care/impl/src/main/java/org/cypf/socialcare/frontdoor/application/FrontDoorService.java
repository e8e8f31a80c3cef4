package org.cypf.socialcare.frontdoor.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.DomainEvent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.shared.application.ChildRecords;
import org.cypf.socialcare.api.event.ContactSteppedDownToEarlyHelp;
import org.cypf.socialcare.api.frontdoor.ContactBreachView;
import org.cypf.socialcare.api.frontdoor.ContactView;
import org.cypf.socialcare.api.frontdoor.DecideContact;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.socialcare.api.frontdoor.RecordContact;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.socialcare.frontdoor.domain.BreachStatus;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.frontdoor.domain.FamilyMember;
import org.cypf.socialcare.frontdoor.port.Contacts;
import org.cypf.socialcare.shared.application.ChildrenReferred;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.socialcare.shared.port.Children;

/**
 * The front door's use cases, each through the change template ({@link RecordChanges}): the access decision and its
 * audit, the change, the referral a decision opens and the integration event commit together or not at all.
 */
public final class FrontDoorService implements FrontDoor {
    private static final String RECORD = "contact";
    /** Contacts decided late are listed for the 12 months to the date; undecided ones until decided. */
    static final int BREACH_LOOKBACK_MONTHS = 12;

    private final UnitOfWork unitOfWork;
    private final Contacts contacts;
    private final Referrals referrals;
    private final Children children;
    private final ChildrenReferred referred;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final CinCensusCodes codes = CinCensusCodes.standard();
    private final RecordChanges<UUID, Contact> changes;

    public FrontDoorService(UnitOfWork unitOfWork, Contacts contacts, Referrals referrals, Children children,
                            ContextRecordAccess access, IntegrationEvents events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.contacts = contacts;
        this.referrals = referrals;
        this.children = children;
        this.referred = new ChildrenReferred(children);
        this.access = access;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the contact", contacts::find, contacts::add,
                contacts::update, this::publishedAs);
    }

    @Override
    public ContactView recordContact(Caller caller, RecordContact command) {
        Instant now = clock.instant();
        List<FamilyMember> members = command.familyMembers() == null ? List.of() : command.familyMembers().stream()
                .map(m -> m == null ? null : new FamilyMember(m.name(), m.relationship())).toList();
        var received = new Contact.Received(command.receivedAt(), command.source(), command.referrerName(),
                command.referrerOrganisation(), command.worry(), members);
        return changes.create(() -> referred.about(command.child(), LocalDate.now(clock), child -> {
            access.authorise(caller, intent(RecordAction.CREATE, "recording a contact about a child"), child.id());
            return Contact.record(UUID.randomUUID(), child.id(), received, now, codes);
        }), this::view);
    }

    @Override
    public ContactView decide(Caller caller, DecideContact command) {
        Instant now = clock.instant();
        return changes.change(command.contactId(), command.version(),
                authorised(caller, RecordAction.UPDATE, "recording the decision on a contact"),
                contact -> openingAnyReferral(contact.decide(command.decision(), command.decidedAt(), caller.userId(),
                        command.note(), now, UUID.randomUUID()), now),
                this::view);
    }

    /** A decision to refer opens the referral the contact now names, in the same unit of work. */
    private Changed<Contact> openingAnyReferral(Changed<Contact> decided, Instant now) {
        Contact c = decided.after();
        if (c.referralId() != null) {
            referrals.add(Referral.open(c.referralId(), c.childId(), c.decidedOn().orElseThrow(), c.source(), c.id(),
                    now, LocalDate.now(clock), codes).after());
        }
        return decided;
    }

    @Override
    public ContactView contact(Caller caller, UUID contactId) {
        return changes.read(contactId, authorised(caller, RecordAction.READ, "viewing a contact about a child"),
                this::view);
    }

    @Override
    public Page<ContactView> contactsOfChild(Caller caller, String childId, Slice slice) {
        // The input is checked before the child's record is authorised: a refused request audits nothing.
        var v = new org.cypf.kernel.problem.Violations();
        ChildId child = v.required("childId", childId, ChildId::parse);
        v.check(slice.size() <= MAX_CHILD_PAGE_SIZE, "size", "must be a whole number from 1 to " + MAX_CHILD_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            access.authorise(caller, intent(RecordAction.READ, "reading the contacts about a child"), child);
            Page<Contact> found = contacts.ofChild(child, slice);
            Child known = found.items().isEmpty() ? null : child(child);
            return found.map(c -> ContactViews.of(c, known));
        });
    }

    @Override
    public Page<ContactBreachView> breaches(Caller caller, LocalDate date, Slice slice) {
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = intent(RecordAction.LIST, "listing contacts that breached the decision timescale");
            // Whose contacts the caller may see listed is decided first, then filtered and paged in the query.
            ListScope scope = access.listScope(caller, listing, LocalDate.now(clock));
            Page<Contact> found = contacts.breachCandidates(date,
                    date.minusMonths(BREACH_LOOKBACK_MONTHS).plusDays(1), scope, slice);
            List<ChildId> ids = found.items().stream().map(Contact::childId).distinct().toList();
            access.authoriseAll(caller, listing, ids);
            Map<ChildId, Child> byId = children.findAll(ids);
            return found.map(c -> breach(c, byId.get(c.childId()), date));
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

    private ContactView view(Contact contact) {
        return ContactViews.of(contact, child(contact.childId()));
    }

    /** What the front door publishes of what a contact raised. */
    private List<IntegrationEvent> publishedAs(DomainEvent event) {
        if (event instanceof Contact.SteppedDownToEarlyHelp(Contact c)) {
            Child child = child(c.childId());
            return List.of(new ContactSteppedDownToEarlyHelp(child.id().toString(), c.id(), c.decidedOn().orElseThrow(),
                    child.dateOfBirth(), c.source(), c.worry(), c.familyMembers().stream().map(ContactViews::of)
                    .map(m -> new ContactSteppedDownToEarlyHelp.FamilyMember(m.name(), m.relationship())).toList()));
        }
        return List.of();
    }

    private RecordChanges.Guard<Contact> authorised(Caller caller, RecordAction action, String purpose) {
        return guarded(caller, intent(action, purpose), Contact::childId);
    }

    private Child child(ChildId id) {
        return children.findAll(List.of(id)).get(id);
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    /** Authorises the record found, and an id that names none before it is said (ADR 0033; ACCESS-01 sees the calls here). */
    private <A> org.cypf.kernel.change.RecordChanges.Guard<A> guarded(Caller caller, RecordIntent intent,
            java.util.function.Function<A, org.cypf.kernel.identity.ChildId> childOf) {
        return org.cypf.kernel.change.RecordChanges.Guard.of(
                record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }
}
