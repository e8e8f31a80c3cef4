package org.cypf.educationskills.results.port;

import java.util.List;
import org.cypf.educationskills.results.domain.EyfsProfile;
import org.cypf.educationskills.results.domain.Ks2Result;
import org.cypf.educationskills.results.domain.Ks4Result;

/**
 * Reads results files; their layout is the adapter's business. Each method refuses a file with any row error
 * ({@link org.cypf.kernel.problem.InvalidInput} naming {@code rows[<line>].<Column>} and the rule), or a pupil's year
 * appearing twice; nothing is returned from a refused file.
 */
public interface ResultsReader {

    /** A result as read, and the line of the file it was read from (the header is line 1), for naming errors. */
    record Row<R>(int line, R result) {}

    List<Row<EyfsProfile>> eyfs(String text);

    List<Row<Ks2Result>> ks2(String text);

    List<Row<Ks4Result>> ks4(String text);
}
