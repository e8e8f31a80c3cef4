package org.cypf.educationskills.settings.port;

import java.util.List;
import org.cypf.educationskills.settings.domain.RegisterEntry;

/** Reads an establishment register extract; the file's layout is the adapter's business. */
public interface RegisterReader {
    /**
     * @throws org.cypf.kernel.problem.InvalidInput naming every row error ({@code rows[<line>].<Column>}), when
     *         any row is wrong or a URN appears twice; nothing is returned from a refused file
     */
    List<RegisterEntry> read(String text);
}
