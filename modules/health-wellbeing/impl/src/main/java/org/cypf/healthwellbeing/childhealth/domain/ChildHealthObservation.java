package org.cypf.healthwellbeing.childhealth.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.problem.Violations;

/**
 * One child health observation as imported: the child (NHS number, partnership id, date of birth), its kind, the
 * day, and its code and amount by the kind's rules. Its key is the child, kind, day and code: a row imported again
 * is already held.
 */
public record ChildHealthObservation(NhsNumber nhsNumber, ChildId childId, LocalDate dateOfBirth, ObservationKind kind,
                                     LocalDate observedOn, String code, BigDecimal amount) {

    /**
     * An observation checked against its kind's rules; violations are named by the domain's field names
     * ({@code dateOfBirth}, {@code observedOn}, {@code code}, and the kind's amount, e.g. {@code bmiCentile}).
     *
     * @throws org.cypf.kernel.problem.InvalidInput naming each rule broken
     */
    public static ChildHealthObservation of(NhsNumber nhs, ChildId child, LocalDate born, ObservationKind kind,
                                            LocalDate on, String code, BigDecimal amount, LocalDate today) {
        var v = new Violations();
        if (born != null && born.isAfter(today)) {
            v.add("dateOfBirth", "must not be in the future");
        }
        if (on != null && on.isAfter(today)) {
            v.add("observedOn", "must not be in the future");
        } else if (on != null && born != null && on.isBefore(born)) {
            v.add("observedOn", "must not be before the child's birth");
        }
        if (kind == ObservationKind.BIRTH_WEIGHT && on != null && born != null && !on.equals(born)) {
            v.add("observedOn", "a birth weight is observed on the day of birth");
        }
        String c = code == null ? "" : code.strip();
        if (!kind.codes().isEmpty() && !kind.codes().contains(c)) {
            v.add("code", "must be " + String.join(", ", kind.codes()));
        }
        if (kind.amountName() != null) {
            if (amount == null) {
                v.add(kind.amountName(), "is required");
            } else if (amount.compareTo(kind.min()) < 0 || amount.compareTo(kind.max()) > 0) {
                v.add(kind.amountName(), "must be from " + kind.min().toPlainString() + " to "
                        + kind.max().toPlainString());
            } else if (kind != ObservationKind.CHILD_MEASUREMENT && amount.stripTrailingZeros().scale() > 0) {
                v.add(kind.amountName(), "must be a whole number");
            }
        }
        v.throwIfAny();
        return new ChildHealthObservation(nhs, child, born, kind, on, c, amount);
    }

    /** The weight category of a child measurement; null for other kinds. */
    public WeightCategory weightCategory() {
        return kind == ObservationKind.CHILD_MEASUREMENT ? WeightCategory.of(amount) : null;
    }
}
