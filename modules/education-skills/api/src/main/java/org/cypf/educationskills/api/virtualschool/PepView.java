package org.cypf.educationskills.api.virtualschool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.contract.Nullable;

/**
 * A Personal Education Plan as recorded.
 *
 * @param dueBy        when it was due: 20 school days after entering care for the first, the end of the term for a review
 * @param onTime       held on or before {@code dueBy}
 * @param nextReviewBy the next review is due by the end of the next school term (reviewed each term)
 */
public record PepView(String pepId, String childId, LocalDate heldOn, LocalDate dueBy, boolean onTime,
                      LocalDate nextReviewBy, List<String> targets, @Nullable BigDecimal pupilPremiumPlus) {
    public PepView {
        targets = List.copyOf(targets);
    }
}
