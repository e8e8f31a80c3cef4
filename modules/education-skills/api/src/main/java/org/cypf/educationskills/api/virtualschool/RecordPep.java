package org.cypf.educationskills.api.virtualschool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.contract.Nullable;

/**
 * A Personal Education Plan meeting held for a child on the virtual school's roll: the first PEP, or a termly review.
 *
 * @param targets          the plan's targets for the child, as agreed (1 to 20, each at most 500 characters)
 * @param pupilPremiumPlus the pupil premium plus spend agreed to meet the targets, in pounds; null when none
 */
public record RecordPep(String childId, LocalDate heldOn, List<String> targets, @Nullable BigDecimal pupilPremiumPlus) {
    public RecordPep {
        targets = targets == null ? null : List.copyOf(targets);
    }
}
