package org.cypf.socialcare.returns.port;

import java.util.Collection;
import java.util.Map;
import org.cypf.kernel.identity.ChildId;

/**
 * Where CONVICTED of the SSDA903 OC2 file is kept: whether a child looked after was convicted, or given a final
 * warning or reprimand, during a collection year. Every method runs inside the caller's unit of work.
 */
public interface Convictions {

    /** Records (or replaces) what is known of {@code child} for {@code collectionYear}. */
    void save(ChildId child, int collectionYear, boolean convicted);

    /** What is recorded of each of {@code children} for {@code collectionYear}; a child with nothing recorded is absent. */
    Map<ChildId, Boolean> forYear(int collectionYear, Collection<ChildId> children);
}
