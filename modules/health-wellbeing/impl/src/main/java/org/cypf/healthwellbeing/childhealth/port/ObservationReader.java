package org.cypf.healthwellbeing.childhealth.port;

import java.time.LocalDate;
import java.util.List;
import org.cypf.healthwellbeing.childhealth.domain.ChildHealthObservation;
import org.cypf.healthwellbeing.childhealth.domain.ObservationKind;

/** Reads a file of observations of one kind; its layout is the adapter's business. */
public interface ObservationReader {

    /**
     * @throws org.cypf.kernel.problem.InvalidInput naming every row error ({@code rows[<line>].<Column>}) when any
     *         row is wrong or repeats another; nothing is returned from a refused file
     */
    List<ChildHealthObservation> read(ObservationKind kind, String text, LocalDate today);
}
