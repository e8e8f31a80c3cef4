package org.cypf.educationskills.alternativeprovision.port;

import java.util.List;
import org.cypf.educationskills.alternativeprovision.domain.ApPlacement;

/** Reads a file of placements in alternative provision; its layout is the adapter's business. */
public interface ApPlacementReader {

    /** A placement as read, and the line of the file it was read from (the header is line 1). */
    record Row(int line, ApPlacement placement) {}

    /**
     * @throws org.cypf.kernel.problem.InvalidInput naming every row error ({@code rows[<line>].<Column>}) and the rule
     *         broken, when any row is wrong or a placement appears twice; nothing is returned from a refused file
     */
    List<Row> read(String text);
}
