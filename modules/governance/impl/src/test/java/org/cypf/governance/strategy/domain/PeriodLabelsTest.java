package org.cypf.governance.strategy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period labels as plans write them, read to the last day of the period (ADR 0027); a label not read is empty. */
class PeriodLabelsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            2006/07                  | 2007-03-31
            2024/25                  | 2025-03-31
            2024-2025                | 2025-03-31
            AY 2024/25               | 2025-08-31
            Academic year 2024/25    | 2025-08-31
            2024/25 academic year    | 2025-08-31
            Q1 2025-26               | 2025-06-30
            Q3 2025-26               | 2025-12-31
            Q4 2025/26               | 2026-03-31
            Q3 2025                  | 2025-09-30
            q4 2025                  | 2025-12-31
            Autumn 2007              | 2007-12-31
            March 2007               | 2007-03-31
            2007                     | 2007-12-31
            AY 2024/26               | -
            Q3 2025-27               | -
            Q5 2025                  | -
            Winter 2007              | -
            """)
    void reads_financial_and_academic_years_quarters_terms_and_months(String label, String end) {
        assertEquals(Optional.ofNullable(end).map(LocalDate::parse), PeriodLabels.end(label));
    }
}
