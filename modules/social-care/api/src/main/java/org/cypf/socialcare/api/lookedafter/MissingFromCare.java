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

    /** The child's missing and away episodes, oldest first. */
    List<MissingEpisodeView> missingEpisodes(Caller caller, String childId);
}
