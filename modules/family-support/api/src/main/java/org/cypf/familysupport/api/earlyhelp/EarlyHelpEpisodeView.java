package org.cypf.familysupport.api.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * An early help episode as its readers see it; what has not happened yet is null or empty.
 *
 * @param familyId                the family grouping the child is in (null when none), whose children
 *                                {@code /families/{familyId}} lists, authorising each
 * @param successfulFamilyOutcome whether the family counts as a successful outcome under the Supporting Families
 *                                framework's rule; null until the sustained-outcome check
 */
public record EarlyHelpEpisodeView(UUID episodeId, String childId, @Nullable UUID familyId, UUID requestId, LocalDate openedOn,
                                   String leadPractitioner, String leadPractitionerOrganisation,
                                   @Nullable LocalDate assessedOn, List<HeadlineNeed> needs,
                                   @Nullable LocalDate planAgreedOn, List<PlanGoal> goals, List<TeamMember> team,
                                   List<EpisodeReview> reviews, @Nullable LocalDate steppedUpOn,
                                   @Nullable String stepUpReason, @Nullable LocalDate closedOn,
                                   @Nullable String closureReason, List<HeadlineOutcome> outcomes,
                                   @Nullable LocalDate sustainedCheckedOn, List<SustainedOutcome> sustained,
                                   @Nullable Boolean successfulFamilyOutcome, long version) {
    public EarlyHelpEpisodeView {
        needs = List.copyOf(needs);
        goals = List.copyOf(goals);
        team = List.copyOf(team);
        reviews = List.copyOf(reviews);
        outcomes = List.copyOf(outcomes);
        sustained = List.copyOf(sustained);
    }
}
