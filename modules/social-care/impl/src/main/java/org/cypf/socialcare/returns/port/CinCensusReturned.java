package org.cypf.socialcare.returns.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.domain.CinCensus;

/**
 * The CIN episodes of a collection year imported from another system's return that casework does not hold, kept as
 * returned (ADR 0073). Every method runs inside the caller's unit of work.
 */
public interface CinCensusReturned {

    /** Each child's returned episodes of {@code collectionYear}, in referral date order. */
    Map<ChildId, List<CinCensus.CinEpisode>> ofYear(int collectionYear);

    /** Replaces the child's returned episodes of {@code collectionYear} with {@code episodes}. */
    void save(ChildId child, int collectionYear, List<CinCensus.CinEpisode> episodes);
}
