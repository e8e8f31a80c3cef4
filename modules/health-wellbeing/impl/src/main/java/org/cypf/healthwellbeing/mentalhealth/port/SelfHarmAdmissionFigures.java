package org.cypf.healthwellbeing.mentalhealth.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cypf.healthwellbeing.mentalhealth.domain.SelfHarmAdmissions;

/** Where the area's self-harm admission figures are kept. Every method runs inside the caller's unit of work. */
public interface SelfHarmAdmissionFigures {

    /** How many figures a store added, and how many replaced those held for the same year and band. */
    record Stored(int added, int replaced) {}

    /** Stores each year and band's figures, replacing any held for the same year and band. */
    Stored store(List<SelfHarmAdmissions> figures);

    /** The area whose figures are held, if any are (every figure held is of one area). */
    Optional<String> areaHeld();

    /** The figures held for the financial year starting {@code yearStarting}, by age band. */
    List<SelfHarmAdmissions> ofYear(LocalDate yearStarting);
}
