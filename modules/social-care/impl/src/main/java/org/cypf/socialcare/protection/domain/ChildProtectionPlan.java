package org.cypf.socialcare.protection.domain;

import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.CATEGORY_OF_ABUSE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.DomainEvent;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.CinCensusCodes;

/**
 * A child protection plan (CIN census ChildProtectionPlans): its start, the category of abuse it was made under
 * (initial) and the latest one, the review conferences, its end and why, and how many plans the child had before
 * (NumberOfPreviousCPP). A plan for a child who had one before is a <b>repeat</b> plan (second or subsequent).
 *
 * <p>Reviews (Working Together 2023): the first review conference within 3 months of the initial conference, then
 * at most 6 months after the previous review. Each review's due date is counted from the one before it as held, so
 * a late review moves the next due date.
 */
public final class ChildProtectionPlan implements Versioned {
    public static final int FIRST_REVIEW_MONTHS = 3;
    public static final int LATER_REVIEW_MONTHS = 6;

    /** A review conference; {@code category} is the category of abuse it changed the plan to, if it changed it. */
    public record Review(LocalDate date, String category) {}

    /** A review as held, against the date it was due. */
    public record ReviewTimeliness(LocalDate date, LocalDate dueDate, boolean withinTimescale) {}

    private final UUID id;
    private final ChildId childId;
    private final UUID referralId;
    private final UUID enquiryId;
    private final LocalDate conferenceDate;
    private final LocalDate startDate;
    private final String initialCategory;
    private final String latestCategory;
    private final int previousPlans;
    private final List<Review> reviews;
    private final LocalDate endDate;
    private final PlanEndReason endReason;
    private final long version;

    private ChildProtectionPlan(UUID id, ChildId childId, UUID referralId, UUID enquiryId, LocalDate conferenceDate,
                                LocalDate startDate, String initialCategory, String latestCategory, int previousPlans,
                                List<Review> reviews, LocalDate endDate, PlanEndReason endReason, long version) {
        this.id = id;
        this.childId = childId;
        this.referralId = referralId;
        this.enquiryId = enquiryId;
        this.conferenceDate = conferenceDate;
        this.startDate = startDate;
        this.initialCategory = initialCategory;
        this.latestCategory = latestCategory;
        this.previousPlans = previousPlans;
        this.reviews = List.copyOf(reviews);
        this.endDate = endDate;
        this.endReason = endReason;
        this.version = version;
    }

    /** A plan as stored: persistence only (ADR 0018). */
    @Rebuild
    public static ChildProtectionPlan rebuild(UUID id, ChildId childId, UUID referralId, UUID enquiryId,
                                              LocalDate conferenceDate, LocalDate startDate, String initialCategory,
                                              String latestCategory, int previousPlans, List<Review> reviews,
                                              LocalDate endDate, PlanEndReason endReason, long version) {
        return new ChildProtectionPlan(id, childId, referralId, enquiryId, conferenceDate, startDate, initialCategory,
                latestCategory, previousPlans, reviews, endDate, endReason, version);
    }

    /** The plan started: others are told (social-care.child-protection-plan-started). */
    public record Started(ChildProtectionPlan plan) implements DomainEvent {}

    /** The plan ended: others are told (social-care.child-protection-plan-ended). */
    public record Ended(ChildProtectionPlan plan) implements DomainEvent {}

    /** What the service knows of the child's other plans when a new one starts. */
    public record ChildsPlans(int previousPlans, boolean hasOpenPlan, LocalDate lastEnd) {}

    /**
     * Starts a plan decided at {@code enquiry}'s initial conference. Every broken field is reported at once.
     *
     * @throws Conflict when the conference did not decide on a plan, or the child already has an open plan
     */
    public static Changed<ChildProtectionPlan> start(UUID id, ChildProtectionEnquiry enquiry, LocalDate startDate,
                                            String category, ChildsPlans others, LocalDate today, CinCensusCodes codes) {
        if (!enquiry.decidedOnAPlan()) {
            throw new Conflict("a child protection plan starts from an initial conference that decided on one");
        }
        if (others.hasOpenPlan()) {
            throw new Conflict("the child already has an open child protection plan; a child cannot have two");
        }
        var v = new Violations();
        if (startDate == null) {
            v.add("startDate", "is required");
        } else if (startDate.isBefore(enquiry.conferenceDate())) {
            v.add("startDate", "must not be before the initial conference (" + enquiry.conferenceDate() + ")");
        } else if (startDate.isAfter(today)) {
            v.add("startDate", "must not be in the future");
        } else if (others.lastEnd() != null && startDate.isBefore(others.lastEnd())) {
            v.add("startDate", "must not be before the child's previous plan ended (" + others.lastEnd() + ")");
        }
        if (category == null || category.isBlank()) {
            v.add("category", "is required: a plan is made under a category of abuse (NEG, PHY, SAB, EMO, MUL)");
        } else {
            codes.refusal(CATEGORY_OF_ABUSE, category, startDate != null ? startDate : today)
                    .ifPresent(r -> v.add("category", r));
        }
        v.throwIfAny();
        var started = new ChildProtectionPlan(id, enquiry.childId(), enquiry.referralId(), enquiry.id(),
                enquiry.conferenceDate(), startDate, category, category, others.previousPlans(), List.of(), null, null, 0);
        return Changed.to(started, new Started(started));
    }

    /**
     * A review conference, which may change the category of abuse.
     *
     * @throws Conflict when the plan has ended
     */
    public Changed<ChildProtectionPlan> review(LocalDate date, String category, LocalDate today, CinCensusCodes codes) {
        requireOpen();
        var v = new Violations();
        LocalDate after = reviews.isEmpty() ? null : reviews.getLast().date();
        if (date == null) {
            v.add("reviewDate", "is required");
        } else if (date.isBefore(startDate)) {
            v.add("reviewDate", "must not be before the plan started (" + startDate + ")");
        } else if (after != null && !date.isAfter(after)) {
            v.add("reviewDate", "must be after the previous review (" + after + ")");
        } else if (date.isAfter(today)) {
            v.add("reviewDate", "must not be in the future");
        }
        if (category != null && !category.isBlank()) {
            codes.refusal(CATEGORY_OF_ABUSE, category, date != null ? date : today).ifPresent(r -> v.add("category", r));
        }
        v.throwIfAny();
        String changed = category == null || category.isBlank() ? null : category;
        List<Review> held = new ArrayList<>(reviews);
        held.add(new Review(date, changed));
        return Changed.to(new ChildProtectionPlan(id, childId, referralId, enquiryId, conferenceDate, startDate,
                initialCategory, changed != null ? changed : latestCategory, previousPlans, held, null, null, version + 1));
    }

    /**
     * Ends the plan.
     *
     * @throws Conflict when it has already ended
     */
    public Changed<ChildProtectionPlan> end(LocalDate date, String reasonName, LocalDate today) {
        requireOpen();
        var v = new Violations();
        LocalDate lastReview = reviews.isEmpty() ? null : reviews.getLast().date();
        if (date == null) {
            v.add("endDate", "is required");
        } else if (date.isBefore(startDate)) {
            v.add("endDate", "must not be before the plan started (" + startDate + ")");
        } else if (lastReview != null && date.isBefore(lastReview)) {
            v.add("endDate", "must not be before the last review (" + lastReview + ")");
        } else if (date.isAfter(today)) {
            v.add("endDate", "must not be in the future");
        }
        PlanEndReason reason = PlanEndReason.parse(v, "reason", reasonName);
        v.throwIfAny();
        var ended = new ChildProtectionPlan(id, childId, referralId, enquiryId, conferenceDate, startDate,
                initialCategory, latestCategory, previousPlans, reviews, date, reason, version + 1);
        return Changed.to(ended, new Ended(ended));
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new Conflict("the plan ended on " + endDate);
        }
    }

    /** Second or subsequent plan for the child. */
    public boolean isRepeat() {
        return previousPlans > 0;
    }

    public boolean isOpen() {
        return endDate == null;
    }

    /** On the plan at the end of {@code date}: started by then and not ended by then (a plan ending on the date does not count). */
    public boolean isOpenAtEndOf(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || endDate.isAfter(date));
    }

    /** The due date of review {@code index} (0 = first): 3 months after the ICPC, then 6 after the review before. */
    private LocalDate dueDateOfReview(int index) {
        return index == 0 ? conferenceDate.plusMonths(FIRST_REVIEW_MONTHS)
                : reviews.get(index - 1).date().plusMonths(LATER_REVIEW_MONTHS);
    }

    /** The date the next review is due; null once the plan has ended. */
    public LocalDate nextReviewDue() {
        return isOpen() ? dueDateOfReview(reviews.size()) : null;
    }

    /** Each review held, with the date it was due and whether it was held by then. */
    public List<ReviewTimeliness> reviewTimeliness() {
        List<ReviewTimeliness> out = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            LocalDate due = dueDateOfReview(i);
            LocalDate held = reviews.get(i).date();
            out.add(new ReviewTimeliness(held, due, !held.isAfter(due)));
        }
        return out;
    }

    public UUID id() {
        return id;
    }

    public ChildId childId() {
        return childId;
    }

    public UUID referralId() {
        return referralId;
    }

    public UUID enquiryId() {
        return enquiryId;
    }

    public LocalDate conferenceDate() {
        return conferenceDate;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public String initialCategory() {
        return initialCategory;
    }

    public String latestCategory() {
        return latestCategory;
    }

    public int previousPlans() {
        return previousPlans;
    }

    public List<Review> reviews() {
        return reviews;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public PlanEndReason endReason() {
        return endReason;
    }

    public long version() {
        return version;
    }
}
