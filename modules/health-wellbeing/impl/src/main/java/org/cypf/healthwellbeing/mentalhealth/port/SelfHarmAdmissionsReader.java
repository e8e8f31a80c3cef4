package org.cypf.healthwellbeing.mentalhealth.port;

import java.time.LocalDate;
import java.util.List;
import org.cypf.healthwellbeing.mentalhealth.domain.SelfHarmAdmissions;

/** Reads a file of self-harm admission figures; its layout is the adapter's business. */
public interface SelfHarmAdmissionsReader {

    /** The figures of a file: those to store, and how many rows were left aside as not CYPF's to hold. */
    record Read(int rows, List<SelfHarmAdmissions> figures, int leftAside) {
        public Read {
            figures = List.copyOf(figures);
        }
    }

    /**
     * @throws org.cypf.kernel.problem.InvalidInput naming every row error ({@code rows[<line>].<Column>}) when any
     *         row is wrong, repeats another's year and band, or names a second area; nothing is returned then
     */
    Read read(String text, LocalDate today);
}
