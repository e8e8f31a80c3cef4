package org.cypf.educationskills.exclusions.port;

import java.util.List;
import org.cypf.educationskills.exclusions.domain.Exclusion;

/** Reads a suspensions and exclusions file; its layout is the adapter's business. */
public interface ExclusionReader {

    /** An exclusion as read, and the line it was read from (the header is line 1), for naming errors. */
    record Row(int line, Exclusion exclusion) {}

    /**
     * @throws org.cypf.kernel.problem.InvalidInput naming every row error ({@code rows[<line>].<Column>}), when any
     *         row is wrong or an exclusion appears twice; nothing is returned from a refused file
     */
    List<Row> read(String text);
}
