package org.cypf.familysupport.api.programme;

import java.time.LocalDate;
import java.util.UUID;

/** A session of the programme on {@code sessionOn}, attended or missed, quoting the version read. */
public record RecordSession(UUID enrolmentId, long version, LocalDate sessionOn, boolean attended) {}
