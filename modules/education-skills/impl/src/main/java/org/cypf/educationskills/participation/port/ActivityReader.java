package org.cypf.educationskills.participation.port;

import java.util.List;
import org.cypf.educationskills.participation.domain.MonthlyActivity;

/** Reads a participation file; refuses one with any row error or a young person's month twice. */
public interface ActivityReader {

    record Row(int line, MonthlyActivity activity) {}

    List<Row> read(String text);
}
