package org.cypf.educationskills.settings.port;

import java.util.List;
import org.cypf.educationskills.settings.domain.TermDates;

/** Reads a term dates file; its layout is the adapter's business. */
public interface TermDatesReader {

    /**
     * The school years in the file, each checked by the term date rules (TERM-01 to TERM-04).
     *
     * @throws org.cypf.kernel.problem.InvalidInput naming every row error ({@code rows[<line>].<Column>}), when any
     *         row is wrong or a school year breaks a rule; nothing is returned from a refused file
     */
    Read read(String text);

    /** A school year read, and the first line of the file it was read from (the header is line 1). */
    record Year(int line, TermDates dates) {}

    /** The school years read, in the order first met, and how many rows they came from. */
    record Read(List<Year> years, int rows) {
        public Read {
            years = List.copyOf(years);
        }
    }
}
