package org.cypf.educationskills.participation.domain;

import java.time.YearMonth;
import java.util.Objects;
import org.cypf.kernel.identity.UniquePupilNumber;

/** A young person's activity in one month, by its NCCIS code. */
public record MonthlyActivity(UniquePupilNumber upn, YearMonth month, ActivityCode code) {
    public MonthlyActivity {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(code, "code");
    }
}
