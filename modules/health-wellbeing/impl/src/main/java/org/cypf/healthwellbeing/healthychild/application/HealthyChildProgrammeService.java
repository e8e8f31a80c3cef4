package org.cypf.healthwellbeing.healthychild.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.healthwellbeing.api.healthychild.HealthyChildProgramme;
import org.cypf.healthwellbeing.api.healthychild.HealthyChildView;
import org.cypf.healthwellbeing.api.healthychild.MandatedReviewPage;
import org.cypf.healthwellbeing.api.healthychild.MandatedReviewView;
import org.cypf.healthwellbeing.api.healthychild.RecordMandatedReview;
import org.cypf.healthwellbeing.api.healthychild.RecordSchoolNursingContact;
import org.cypf.healthwellbeing.api.healthychild.RegisterHealthyChild;
import org.cypf.healthwellbeing.healthychild.domain.HealthyChild;
import org.cypf.healthwellbeing.healthychild.domain.MandatedReview;
import org.cypf.healthwellbeing.healthychild.port.HealthyChildren;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * The healthy child programme's use cases: each change through the change template ({@link RecordChanges}), each
 * read and list in one unit of work, the access decision and its audit committing with it.
 */
public final class HealthyChildProgrammeService implements HealthyChildProgramme {
    static final String RECORD = "healthy-child-programme";

    private final UnitOfWork unitOfWork;
    private final HealthyChildren children;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final RecordChanges<NhsNumber, HealthyChild> changes;

    public HealthyChildProgrammeService(UnitOfWork unitOfWork, HealthyChildren children, ContextRecordAccess access,
                                        IntegrationEvents events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.children = children;
        this.access = access;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the child's healthy child programme record",
                children::find, children::add, children::update, event -> List.of());
    }

    @Override
    public HealthyChildView register(Caller caller, RegisterHealthyChild command) {
        var v = new Violations();
        NhsNumber nhs = v.required("nhsNumber", command.nhsNumber(), NhsNumber::parse);
        ChildId child = v.required("childId", command.childId(), ChildId::parse);
        v.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        return changes.create(() -> {
            access.authorise(caller, intent(RecordAction.CREATE, "registering a child with the healthy child programme"),
                    child);
            if (children.find(nhs).isPresent()) {
                throw new Conflict("a child with this NHS number is registered with the healthy child programme");
            }
            if (children.childRegistered(child)) {
                throw new Conflict("the child is registered with the healthy child programme under another NHS number");
            }
            return HealthyChild.register(nhs, child, command.dateOfBirth(), today);
        }, HealthyChildProgrammeService::view);
    }

    @Override
    public HealthyChildView recordReview(Caller caller, RecordMandatedReview c) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(nhs(c.nhsNumber()), c.version(),
                guarded(caller, intent(RecordAction.UPDATE, "recording a mandated health visiting review")),
                h -> h.recordReview(c.review(), c.outcome(), c.on(), today), HealthyChildProgrammeService::view);
    }

    @Override
    public HealthyChildView recordSchoolNursingContact(Caller caller, RecordSchoolNursingContact c) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(nhs(c.nhsNumber()), c.version(),
                guarded(caller, intent(RecordAction.UPDATE, "recording a school nursing contact")),
                h -> h.recordContact(c.contactOn(), c.schoolUrn(), c.highImpactArea(), today),
                HealthyChildProgrammeService::view);
    }

    @Override
    public HealthyChildView child(Caller caller, String nhsNumber) {
        return changes.read(nhs(nhsNumber),
                guarded(caller, intent(RecordAction.READ, "viewing a child's healthy child programme record")),
                HealthyChildProgrammeService::view);
    }

    @Override
    public MandatedReviewPage reviews(Caller caller, String review, String outcome, LocalDate closesFrom,
                                      LocalDate closesTo, int page, int size) {
        var v = new Violations();
        MandatedReview which = null;
        if (review != null && !review.isBlank()) {
            which = MandatedReview.named(review);
            if (which == null) {
                v.add("review", "must be " + MandatedReview.names());
            }
        }
        HealthyChild.Outcome result = null;
        boolean outstanding = false;
        if (outcome != null && !outcome.isBlank()) {
            outstanding = outcome.strip().equals("OUTSTANDING");
            result = Arrays.stream(HealthyChild.Outcome.values()).filter(o -> o.name().equals(outcome.strip()))
                    .findFirst().orElse(null);
            if (result == null && !outstanding) {
                v.add("outcome", "must be DONE, MISSED, DECLINED or OUTSTANDING");
            }
        }
        if (closesFrom != null && closesTo != null && closesTo.isBefore(closesFrom)) {
            v.add("closesTo", "must not be before closesFrom");
        }
        if (page < 1) {
            v.add("page", "must be a whole number from 1");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            v.add("size", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
        }
        v.throwIfAny();
        HealthyChild.Outcome chosen = result;
        MandatedReview named = which;
        boolean open = outstanding;
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = intent(RecordAction.LIST, "listing mandated health visiting reviews");
            var filter = new HealthyChildren.ReviewFilter(named, chosen, open, closesFrom, closesTo,
                    access.listScope(caller, listing, LocalDate.now(clock)));
            var rows = children.reviews(filter, (long) (page - 1) * size, size);
            access.authoriseAll(caller, listing,
                    rows.stream().map(HealthyChildren.ReviewRow::childId).distinct().toList());
            return new MandatedReviewPage(rows.stream().map(r -> new MandatedReviewView(r.nhsNumber().value(),
                    r.childId().toString(), r.review().name(), r.opensOn(), r.closesOn(),
                    r.outcome() == null ? null : r.outcome().name(), r.outcomeOn())).toList(),
                    children.countReviews(filter));
        });
    }

    @Override
    public MandatedReviewPage reviewsOfChild(Caller caller, String childId, int page, int size) {
        // The input is checked before the child's record is authorised: a refused request audits nothing.
        var v = new Violations();
        ChildId child = v.required("childId", childId, ChildId::parse);
        v.check(page >= 1, "page", "must be a whole number from 1");
        v.check(size >= 1 && size <= MAX_CHILD_PAGE_SIZE, "size",
                "must be a whole number from 1 to " + MAX_CHILD_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            access.authorise(caller, intent(RecordAction.READ, "reading a child's mandated reviews"), child);
            // The child's record is authorised: the reviews listed are that one child's, by the list's own query.
            var filter = new HealthyChildren.ReviewFilter(null, null, false, null, null,
                    org.cypf.governance.api.access.ListScope.only(List.of(child)));
            var rows = children.reviews(filter, (long) (page - 1) * size, size);
            return new MandatedReviewPage(rows.stream().map(r -> new MandatedReviewView(r.nhsNumber().value(),
                    r.childId().toString(), r.review().name(), r.opensOn(), r.closesOn(),
                    r.outcome() == null ? null : r.outcome().name(), r.outcomeOn())).toList(),
                    children.countReviews(filter));
        });
    }

    /** Authorises the record found, and an id that names none before it is said (ADR 0033; ACCESS-01 sees the calls here). */
    private RecordChanges.Guard<HealthyChild> guarded(Caller caller, RecordIntent intent) {
        return RecordChanges.Guard.of(h -> access.authorise(caller, intent, h.childId()),
                () -> access.authoriseMissing(caller, intent));
    }

    private static NhsNumber nhs(String text) {
        return NhsNumber.parse(text);
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    static HealthyChildView view(HealthyChild h) {
        var results = h.results();
        List<HealthyChildView.Review> reviews = Arrays.stream(MandatedReview.values()).map(r -> {
            var result = results.get(r);
            return new HealthyChildView.Review(r.name(), r.opensOn(h.dateOfBirth()), r.closesOn(h.dateOfBirth()),
                    result == null ? null : result.outcome().name(), result == null ? null : result.on(), h.onTime(r));
        }).toList();
        return new HealthyChildView(h.nhsNumber().value(), h.childId().toString(), h.dateOfBirth(), reviews,
                h.contacts().stream().map(c -> new HealthyChildView.Contact(c.contactOn(), c.schoolUrn(),
                        c.highImpactArea())).toList(), h.version());
    }
}
