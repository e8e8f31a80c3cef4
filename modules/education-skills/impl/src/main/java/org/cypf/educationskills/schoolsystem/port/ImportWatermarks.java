package org.cypf.educationskills.schoolsystem.port;

import java.util.Optional;
import org.cypf.educationskills.schoolsystem.domain.Watermark;

/** Where each feed of each school information system was read up to; runs inside the caller's unit of work. */
public interface ImportWatermarks {
    Optional<Watermark> of(String system, String feed);

    /** Moves the feed's mark forward to {@code to}, counting {@code rows} more read. */
    void advance(String system, String feed, Watermark to, int rows);
}
