package org.cypf.healthwellbeing.childhealth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The NCMP population monitoring thresholds at their edges: ≤2nd, ≥85th, ≥95th centile. */
class WeightCategoryTest {
    private static WeightCategory at(String centile) {
        return WeightCategory.of(new BigDecimal(centile));
    }

    @Test
    void each_threshold_belongs_to_the_category_it_opens() {
        assertEquals(WeightCategory.UNDERWEIGHT, at("2"));
        assertEquals(WeightCategory.HEALTHY_WEIGHT, at("2.01"));
        assertEquals(WeightCategory.HEALTHY_WEIGHT, at("84.99"));
        assertEquals(WeightCategory.OVERWEIGHT, at("85"));
        assertEquals(WeightCategory.OVERWEIGHT, at("94.99"));
        assertEquals(WeightCategory.OBESE, at("95"));
        assertTrue(at("95").excess());
        assertFalse(at("50").excess());
    }
}
