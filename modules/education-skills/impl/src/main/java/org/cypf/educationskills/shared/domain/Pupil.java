package org.cypf.educationskills.shared.domain;

import java.util.Objects;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;

/**
 * A pupil as education knows them: by the UPN schools report (its check letter valid), and the child id under
 * which CYPF authorises and audits every access to their record. The id is given when the UPN is first seen
 * (ADR 0040); linking it to social care's child is the work of matching, not of an import.
 */
public record Pupil(UniquePupilNumber upn, ChildId childId) {
    public Pupil {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(childId, "childId");
    }

    /** A pupil seen for the first time. */
    public static Pupil firstSeen(UniquePupilNumber upn) {
        return new Pupil(upn, ChildId.newId());
    }
}
