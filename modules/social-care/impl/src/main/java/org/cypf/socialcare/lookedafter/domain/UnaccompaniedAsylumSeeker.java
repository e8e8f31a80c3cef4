package org.cypf.socialcare.lookedafter.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.Child;

/**
 * A child who is, or was, an unaccompanied asylum-seeking child (SSDA903 UASC). {@code dateCeased} (DUC) is the day
 * they stopped being one, at the latest their 18th birthday; null while they still are. A child of whom nothing is
 * recorded yet is held at version 0 ({@link #notYetRecorded}); the first record makes it version 1.
 */
public final class UnaccompaniedAsylumSeeker implements Versioned {
    private final ChildId childId;
    private final LocalDate dateCeased;
    private final long version;

    private UnaccompaniedAsylumSeeker(ChildId childId, LocalDate dateCeased, long version) {
        this.childId = Objects.requireNonNull(childId, "childId");
        this.dateCeased = dateCeased;
        this.version = version;
    }

    /** The record as persistence stored it; its rules were checked when it was recorded. */
    @Rebuild
    public static UnaccompaniedAsylumSeeker rebuild(ChildId childId, LocalDate dateCeased, long version) {
        return new UnaccompaniedAsylumSeeker(childId, dateCeased, version);
    }

    /** Nothing recorded of {@code child} yet: not known to be an UASC. */
    public static UnaccompaniedAsylumSeeker notYetRecorded(ChildId child) {
        return new UnaccompaniedAsylumSeeker(child, null, 0);
    }

    /**
     * Records that {@code child} is an UASC, and until when ({@code dateCeased}; null: still is).
     *
     * @throws IllegalArgumentException when {@code child} is not this record's child
     */
    public Changed<UnaccompaniedAsylumSeeker> record(Child child, LocalDate dateCeased, LocalDate today) {
        if (!child.id().equals(childId)) {
            throw new IllegalArgumentException("an UASC record is of one child");
        }
        var v = new Violations();
        if (dateCeased != null) {
            if (dateCeased.isBefore(child.dateOfBirth())) {
                v.add("dateCeased", "must not be before the child's date of birth");
            } else if (dateCeased.isAfter(eighteenthBirthday(child))) {
                v.add("dateCeased", "must not be after the child's 18th birthday (" + eighteenthBirthday(child)
                        + "): a child stops being an UASC at 18");
            } else if (dateCeased.isAfter(today)) {
                v.add("dateCeased", "must not be in the future");
            }
        }
        v.throwIfAny();
        return Changed.to(new UnaccompaniedAsylumSeeker(childId, dateCeased, version + 1));
    }

    /**
     * The UASC status as an SSDA903 return gives it (DUC): the DfE asks for the date the child ceased, or will cease,
     * to be an UASC, so a DUC in the future is allowed (a child still an UASC ceases at 18, the usual DUC). Only the
     * DfE's rule is enforced: DUC is on or before the 18th birthday (DfE rule 304), and not before the child was born.
     * A DUC on the 18th birthday is held as "still an UASC".
     */
    public Changed<UnaccompaniedAsylumSeeker> recordReturned(Child child, LocalDate duc) {
        if (!child.id().equals(childId)) {
            throw new IllegalArgumentException("an UASC record is of one child");
        }
        var v = new Violations();
        if (duc.isBefore(child.dateOfBirth())) {
            v.add("dateCeased", "must not be before the child's date of birth");
        } else if (duc.isAfter(eighteenthBirthday(child))) {
            v.add("dateCeased", "must be on or before the child's 18th birthday (" + eighteenthBirthday(child)
                    + ") (DfE rule 304)");
        }
        v.throwIfAny();
        return Changed.to(new UnaccompaniedAsylumSeeker(childId, duc.equals(eighteenthBirthday(child)) ? null : duc,
                version + 1));
    }

    /** Whether anything is recorded: a child never recorded is not known to be an UASC. */
    public boolean isRecorded() {
        return version > 0;
    }

    /** SSDA903 DUC: the date ceased, or for a child still an UASC the day they will cease, their 18th birthday. */
    public LocalDate returnedDateCeased(Child child) {
        return dateCeased != null ? dateCeased : eighteenthBirthday(child);
    }

    public static LocalDate eighteenthBirthday(Child child) {
        return child.dateOfBirth().plusYears(18);
    }

    public ChildId childId() {
        return childId;
    }

    public LocalDate dateCeased() {
        return dateCeased;
    }

    @Override
    public long version() {
        return version;
    }
}
