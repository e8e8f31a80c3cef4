package org.cypf.educationskills.participation.port;

import java.util.Collection;
import java.util.List;
import org.cypf.educationskills.participation.domain.MonthlyActivity;
import org.cypf.kernel.identity.UniquePupilNumber;

/** Where young people's monthly activities are kept. Runs in the caller's unit of work. */
public interface ActivityRecords {

    List<MonthlyActivity> of(Collection<UniquePupilNumber> upns);

    /** Stores each month, replacing what is held for the same young person's month. */
    void put(Collection<MonthlyActivity> activities);
}
