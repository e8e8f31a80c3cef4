package org.cypf.familysupport.api.earlyhelp;

import java.util.UUID;
import org.cypf.governance.api.access.Caller;

/**
 * Early help episodes (Supporting Families; S001's early help reform): opened from a request for support triaged to
 * early help, with a lead practitioner, a whole-family assessment across the ten Supporting Families headlines, a
 * family plan with goals per headline, the team around the family and reviews; closed with a reason and an outcome
 * per headline; checked six months after closure for sustained outcomes; stepped up to children's social care when
 * the worry grows. A child's record: every use case is authorised and audited through governance's access port.
 */
public interface EarlyHelpEpisodes {
    EarlyHelpEpisodeView open(Caller caller, OpenEarlyHelpEpisode command);

    EarlyHelpEpisodeView assess(Caller caller, RecordFamilyAssessment command);

    EarlyHelpEpisodeView agreePlan(Caller caller, AgreeFamilyPlan command);

    EarlyHelpEpisodeView addTeamMember(Caller caller, AddTeamMember command);

    EarlyHelpEpisodeView review(Caller caller, RecordEpisodeReview command);

    EarlyHelpEpisodeView close(Caller caller, CloseEarlyHelpEpisode command);

    EarlyHelpEpisodeView checkSustainedOutcomes(Caller caller, RecordSustainedOutcomeCheck command);

    /** Publishes {@code family-support.early-help-stepped-up-to-social-care} in the same unit of work. */
    EarlyHelpEpisodeView stepUp(Caller caller, StepUpToSocialCare command);

    EarlyHelpEpisodeView episode(Caller caller, UUID episodeId);

    /** A page of episodes, newest opened first, filtered and paged by the store (not in memory). */
    EarlyHelpEpisodePage episodes(Caller caller, EpisodeFilter filter, int page, int size);

    /** The most episodes one page of {@link #episodesOfChild} holds. */
    int MAX_CHILD_PAGE_SIZE = 100;

    /**
     * One page of one child's episodes, earliest opened first, with how many there are: the child's record, authorised
     * and audited as one read of it (a child's chronology shows early help's part from it).
     *
     * @throws org.cypf.kernel.problem.InvalidInput when {@code childId} is not a child's id (a UUID), {@code page} is
     *                                              below 1 or {@code size} is not 1 to {@value #MAX_CHILD_PAGE_SIZE};
     *                                              nothing is audited
     */
    EarlyHelpEpisodePage episodesOfChild(Caller caller, String childId, int page, int size);
}
