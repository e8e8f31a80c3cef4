package org.cypf.socialcare.api.lookedafter;

import java.util.List;
import org.cypf.governance.api.access.Caller;

/**
 * Times a looked-after child is missing from their placement or away from it without authorisation (SSDA903
 * Missing). Every call is authorised and audited as an access to the child's record.
 */
public interface MissingFromCare {

    /** The child went missing (M) or away (A); the end may be given at once when they are already back. */
    MissingEpisodeView recordMissing(Caller caller, RecordMissingEpisode command);

    /** The child is back. */
    MissingEpisodeView endMissing(Caller caller, EndMissingEpisode command);

    /** The child's missing and away episodes, oldest first: every page of the paged list. */
    default List<MissingEpisodeView> missingEpisodes(Caller caller, String childId) {
        return missingEpisodes(caller, childId, new org.cypf.kernel.page.Slice(1, Integer.MAX_VALUE)).items();
    }

    /** One page of the child's missing and away episodes, oldest first, read and counted in the query. */
    org.cypf.kernel.page.Page<MissingEpisodeView> missingEpisodes(Caller caller, String childId,
                                                                  org.cypf.kernel.page.Slice slice);
}
