package org.cypf.socialcare.assessment.domain;

import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.REASON_FOR_CLOSURE;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.REFERRAL_SOURCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.CinCensusCodes;

/**
 * A referral to children's social care: the start of a CIN census episode (CINreferralDate, ReferralSource), until it
 * closes with a CIN census reason for closure (CINclosureDate, ReasonForClosure).
 *
 * <p>A <b>re-referral</b> follows the DfE's children in need statistics: a referral within 12 months of a previous
 * referral of the same child. "Within 12 months" is read as strictly less than 12 calendar months after the
 * previous referral date (a referral on 1 April 2025 after one on 1 April 2024 is not a re-referral); two referrals of
 * one child on the same day make the one recorded second a re-referral.
 */
public final class Referral implements Versioned {
    public static final int RE_REFERRAL_MONTHS = 12;

    private final UUID id;
    private final ChildId childId;
    private final LocalDate referralDate;
    private final String source;
    private final UUID contactId;
    private final Instant recordedAt;
    private final LocalDate closureDate;
    private final String closureReason;
    private final long version;

    private Referral(UUID id, ChildId childId, LocalDate referralDate, String source, UUID contactId,
                     Instant recordedAt, LocalDate closureDate, String closureReason, long version) {
        this.id = id;
        this.childId = childId;
        this.referralDate = referralDate;
        this.source = source;
        this.contactId = contactId;
        this.recordedAt = recordedAt;
        this.closureDate = closureDate;
        this.closureReason = closureReason;
        this.version = version;
    }

    /** A referral as stored: persistence only (ADR 0018). */
    @Rebuild
    public static Referral rebuild(UUID id, ChildId childId, LocalDate referralDate, String source, UUID contactId,
                                   Instant recordedAt, LocalDate closureDate, String closureReason, long version) {
        return new Referral(id, childId, referralDate, source, contactId, recordedAt, closureDate, closureReason,
                version);
    }

    /**
     * Opens a referral. Every broken rule is reported at once, by field.
     *
     * @param contactId  the contact whose decision made it a referral, or null when recorded directly
     * @param recordedAt when it is recorded: orders two referrals of one child on the same day
     */
    public static Changed<Referral> open(UUID id, ChildId child, LocalDate referralDate, String source, UUID contactId,
                                Instant recordedAt, LocalDate today, CinCensusCodes codes) {
        var v = new Violations();
        if (referralDate == null) {
            v.add("referralDate", "is required");
        } else if (referralDate.isAfter(today)) {
            v.add("referralDate", "must not be in the future");
        }
        codes.refusal(REFERRAL_SOURCE, source, referralDate != null ? referralDate : today)
                .ifPresent(r -> v.add("source", r));
        v.throwIfAny();
        return Changed.to(new Referral(id, child, referralDate, source, contactId, recordedAt, null, null, 0));
    }

    /**
     * Closes the CIN episode.
     *
     * @param assessmentInProgress whether an assessment of this referral is still in progress: it must finish first
     * @throws Conflict when the referral is already closed or an assessment is in progress
     */
    public Changed<Referral> close(LocalDate date, String reason, boolean assessmentInProgress, LocalDate today,
                          CinCensusCodes codes) {
        if (isClosed()) {
            throw new Conflict("the referral was closed on " + closureDate);
        }
        if (assessmentInProgress) {
            throw new Conflict("an assessment of this referral is in progress; complete it before closing the referral");
        }
        var v = new Violations();
        if (date == null) {
            v.add("closureDate", "is required");
        } else if (date.isBefore(referralDate)) {
            v.add("closureDate", "must not be before the referral date (" + referralDate + ")");
        } else if (date.isAfter(today)) {
            v.add("closureDate", "must not be in the future");
        }
        codes.refusal(REASON_FOR_CLOSURE, reason, date != null ? date : today).ifPresent(r -> v.add("reason", r));
        v.throwIfAny();
        return Changed.to(new Referral(id, childId, referralDate, source, contactId, recordedAt, date, reason,
                version + 1));
    }

    /**
     * Whether this referral is a re-referral: another referral of the same child came before it (an earlier
     * referral date, or the same date recorded earlier) and less than 12 months before it.
     *
     * @param childReferrals the child's referrals (this one among them or not; other children's are ignored)
     */
    public boolean isReReferral(Collection<Referral> childReferrals) {
        return childReferrals.stream().anyMatch(other -> !other.id.equals(id) && other.childId.equals(childId)
                && other.comesBefore(this) && referralDate.isBefore(other.referralDate.plusMonths(RE_REFERRAL_MONTHS)));
    }

    private boolean comesBefore(Referral other) {
        int byDate = referralDate.compareTo(other.referralDate);
        return byDate < 0 || byDate == 0 && recordedAt.isBefore(other.recordedAt);
    }

    public boolean isClosed() {
        return closureDate != null;
    }

    public UUID id() {
        return id;
    }

    public ChildId childId() {
        return childId;
    }

    public LocalDate referralDate() {
        return referralDate;
    }

    public String source() {
        return source;
    }

    public UUID contactId() {
        return contactId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public LocalDate closureDate() {
        return closureDate;
    }

    public String closureReason() {
        return closureReason;
    }

    public long version() {
        return version;
    }
}
