package org.cypf.familysupport.earlyhelp.application;

import static org.cypf.familysupport.api.measure.FamilySupportMeasure.EARLY_HELP_CLOSED_WITH_OUTCOMES_ACHIEVED;
import static org.cypf.familysupport.api.measure.FamilySupportMeasure.EARLY_HELP_EPISODES_OPEN;
import static org.cypf.familysupport.api.measure.FamilySupportMeasure.EARLY_HELP_EPISODES_OPENED;
import static org.cypf.familysupport.api.measure.FamilySupportMeasure.EARLY_HELP_RE_REFERRALS;
import static org.cypf.familysupport.api.measure.FamilySupportMeasure.STEP_UPS_TO_SOCIAL_CARE;
import static org.cypf.familysupport.api.measure.FamilySupportMeasure.SUCCESSFUL_FAMILY_OUTCOMES;

import java.time.Clock;
import org.cypf.familysupport.api.measure.FamilySupportMeasure;
import org.cypf.familysupport.earlyhelp.domain.SupportingFamiliesHeadline;
import org.cypf.familysupport.earlyhelp.port.EarlyHelpEpisodeRecords;
import org.cypf.familysupport.shared.application.MeasureSet;
import org.cypf.kernel.transaction.UnitOfWork;

/** Early help's measures for governance: counts and percentages over episodes, no child's record read out. */
public final class EarlyHelpMeasures extends MeasureSet {
    static final String OPEN = "early help episodes open at the end of the date";
    static final String OPENED = "early help episodes opened in the 12 months to the date";
    static final String ACHIEVED = "early help episodes closed in the 12 months to the date with the outcome under "
            + "every Supporting Families headline assessed as a need ACHIEVED, % of episodes closed";
    static final String SUCCESSFUL = "families counted as a successful outcome under the Supporting Families outcome "
            + "framework (needs under at least three headlines, a lead practitioner, a whole-family assessment and "
            + "plan, every outcome achieved at closure and sustained six months after it), by sustained-outcome "
            + "checks recorded in the 12 months to the date, % of checks";
    static final String STEP_UPS = "early help episodes stepped up to children's social care in the 12 months to "
            + "the date";
    static final String RE_REFERRALS = "early help episodes opened in the 12 months to the date for a child whose "
            + "earlier early help episode closed in the 12 months before the opening, % of episodes opened";

    static final String ACHIEVED_UNDER = "early help episodes closed in the 12 months to the date that assessed a need "
            + "under the Supporting Families headline '%s', % whose outcome under it was ACHIEVED at closure";

    public EarlyHelpMeasures(UnitOfWork unitOfWork, EarlyHelpEpisodeRecords episodes, Clock clock) {
        super("early help", clock);
        define(EARLY_HELP_EPISODES_OPEN.key(), asAt -> count(EARLY_HELP_EPISODES_OPEN.key(), asAt,
                unitOfWork.inTransaction(() -> episodes.openOn(asAt)), OPEN));
        define(EARLY_HELP_EPISODES_OPENED.key(), asAt -> count(EARLY_HELP_EPISODES_OPENED.key(), asAt,
                unitOfWork.inTransaction(() -> episodes.openedBetween(yearTo(asAt), asAt)), OPENED));
        define(EARLY_HELP_CLOSED_WITH_OUTCOMES_ACHIEVED.key(), asAt -> unitOfWork.inTransaction(() -> percentage(
                EARLY_HELP_CLOSED_WITH_OUTCOMES_ACHIEVED.key(), asAt, episodes.closedBetween(yearTo(asAt), asAt, true),
                episodes.closedBetween(yearTo(asAt), asAt, false), ACHIEVED)));
        define(SUCCESSFUL_FAMILY_OUTCOMES.key(), asAt -> unitOfWork.inTransaction(() -> percentage(
                SUCCESSFUL_FAMILY_OUTCOMES.key(), asAt, episodes.sustainedChecksBetween(yearTo(asAt), asAt, true),
                episodes.sustainedChecksBetween(yearTo(asAt), asAt, false), SUCCESSFUL)));
        define(STEP_UPS_TO_SOCIAL_CARE.key(), asAt -> count(STEP_UPS_TO_SOCIAL_CARE.key(), asAt,
                unitOfWork.inTransaction(() -> episodes.steppedUpBetween(yearTo(asAt), asAt)), STEP_UPS));
        define(EARLY_HELP_RE_REFERRALS.key(), asAt -> unitOfWork.inTransaction(() -> percentage(
                EARLY_HELP_RE_REFERRALS.key(), asAt, episodes.reReferredBetween(yearTo(asAt), asAt),
                episodes.openedBetween(yearTo(asAt), asAt), RE_REFERRALS)));
        for (SupportingFamiliesHeadline headline : SupportingFamiliesHeadline.values()) {
            String key = FamilySupportMeasure.outcomeAchievedUnder(headline.name()).key();
            String definition = ACHIEVED_UNDER.replace("%s", headline.title());
            define(key, asAt -> unitOfWork.inTransaction(() -> percentage(key, asAt,
                    episodes.closedWithNeedUnder(headline, yearTo(asAt), asAt, true),
                    episodes.closedWithNeedUnder(headline, yearTo(asAt), asAt, false), definition)));
        }
    }
}
