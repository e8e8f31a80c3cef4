package org.cypf.healthwellbeing.mentalhealth.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.healthwellbeing.api.mentalhealth.MentalHealthReferralPage;
import org.cypf.healthwellbeing.api.mentalhealth.MentalHealthReferralView;
import org.cypf.healthwellbeing.api.mentalhealth.ReceiveMentalHealthReferral;
import org.cypf.healthwellbeing.api.mentalhealth.RecordMentalHealthContact;
import org.cypf.healthwellbeing.api.mentalhealth.RecordOutcomeScore;
import org.cypf.healthwellbeing.mentalhealth.domain.MentalHealthReferral;
import org.cypf.healthwellbeing.mentalhealth.port.MentalHealthReferrals;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/** Mental health referrals' use cases, each through the access port and audited with the change or read. */
public final class MentalHealthService implements org.cypf.healthwellbeing.api.mentalhealth.MentalHealthReferrals {
    static final String RECORD = "mental-health-referral";
    public static final int MAX_PAGE_SIZE = 1000;

    private final UnitOfWork unitOfWork;
    private final MentalHealthReferrals referrals;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final RecordChanges<UUID, MentalHealthReferral> changes;

    public MentalHealthService(UnitOfWork unitOfWork, MentalHealthReferrals referrals, ContextRecordAccess access,
                               IntegrationEvents events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.referrals = referrals;
        this.access = access;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the mental health referral", referrals::find,
                referrals::add, referrals::update, event -> List.of());
    }

    @Override
    public MentalHealthReferralView receive(Caller caller, ReceiveMentalHealthReferral c) {
        var v = new Violations();
        ChildId child = v.required("childId", c.childId(), ChildId::parse);
        v.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        return changes.create(() -> {
            access.authorise(caller, intent(RecordAction.CREATE, "recording a mental health referral"), child);
            return MentalHealthReferral.receive(UUID.randomUUID(), child, c.receivedOn(), c.source(), today);
        }, MentalHealthService::view);
    }

    @Override
    public MentalHealthReferralView recordContact(Caller caller, RecordMentalHealthContact c) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(c.referralId(), c.version(),
                guarded(caller, intent(RecordAction.UPDATE, "recording a mental health contact")),
                r -> r.recordContact(c.contactOn(), today), MentalHealthService::view);
    }

    @Override
    public MentalHealthReferralView recordOutcomeScore(Caller caller, RecordOutcomeScore c) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(c.referralId(), c.version(),
                guarded(caller, intent(RecordAction.UPDATE, "recording a mental health outcome score")),
                r -> r.recordScore(c.instrument(), c.scoredOn(), c.score(), today), MentalHealthService::view);
    }

    @Override
    public MentalHealthReferralView referral(Caller caller, UUID referralId) {
        return changes.read(referralId, guarded(caller, intent(RecordAction.READ, "viewing a mental health referral")),
                MentalHealthService::view);
    }

    @Override
    public MentalHealthReferralPage referrals(Caller caller, String source, LocalDate from, LocalDate to, int page,
                                              int size) {
        var v = new Violations();
        String s = source == null || source.isBlank() ? null : source.strip();
        if (s != null && !MentalHealthReferral.isSource(s)) {
            v.add("source", "must be a CIN census referral source (1A-1D, 2A school, 2B, 3A-3F, 4, 5A-5D, 6-10)");
        }
        if (from != null && to != null && to.isBefore(from)) {
            v.add("to", "must not be before from");
        }
        if (page < 1) {
            v.add("page", "must be a whole number from 1");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            v.add("size", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
        }
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = intent(RecordAction.LIST, "listing mental health referrals");
            var scope = access.listScope(caller, listing, LocalDate.now(clock));
            var found = referrals.received(s, from, to, scope, (long) (page - 1) * size, size);
            access.authoriseAll(caller, listing,
                    found.stream().map(MentalHealthReferral::childId).distinct().toList());
            return new MentalHealthReferralPage(found.stream().map(MentalHealthService::view).toList(),
                    referrals.countReceived(s, from, to, scope));
        });
    }

    @Override
    public MentalHealthReferralPage referralsOfChild(Caller caller, String childId, int page, int size) {
        // The input is checked before the child's record is authorised: a refused request audits nothing.
        var v = new Violations();
        ChildId child = v.required("childId", childId, ChildId::parse);
        v.check(page >= 1, "page", "must be a whole number from 1");
        v.check(size >= 1 && size <= MAX_CHILD_PAGE_SIZE, "size",
                "must be a whole number from 1 to " + MAX_CHILD_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            access.authorise(caller, intent(RecordAction.READ, "reading a child's mental health referrals"), child);
            // The child's record is authorised: the referrals listed are that one child's, by the list's own query.
            var only = org.cypf.governance.api.access.ListScope.only(List.of(child));
            var found = referrals.received(null, null, null, only, (long) (page - 1) * size, size);
            return new MentalHealthReferralPage(found.stream().map(MentalHealthService::view).toList(),
                    referrals.countReceived(null, null, null, only));
        });
    }

    /** Authorises the record found, and an id that names none before it is said (ADR 0033; ACCESS-01 sees the calls here). */
    private RecordChanges.Guard<MentalHealthReferral> guarded(Caller caller, RecordIntent intent) {
        return RecordChanges.Guard.of(r -> access.authorise(caller, intent, r.childId()),
                () -> access.authoriseMissing(caller, intent));
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    static MentalHealthReferralView view(MentalHealthReferral r) {
        return new MentalHealthReferralView(r.id(), r.childId().toString(), r.receivedOn(), r.source(),
                r.firstContactOn(), r.waitDays(), r.contacts(), r.scores().stream()
                .map(s -> new MentalHealthReferralView.Score(s.instrument(), s.scoredOn(), s.score())).toList(),
                r.version());
    }
}
