package org.cypf.socialcare.api.permanence;

import java.util.UUID;
import org.cypf.governance.api.access.Caller;

/**
 * Permanence for a child in a period of care (S003): the plan for permanence, the adoption steps (SSDA903 AD1 and
 * PlacedAdoption), any permanence order before care (PrevPerm), and the time from entering care to a permanent home.
 * The placement order (legal status E1), the placement for adoption (A3-A6) and the end of care (adopted E11/E12,
 * special guardianship E45-E48, child arrangements order E41, return home E4A/E4B) are recorded as episodes of the
 * period ({@code ChildrenLookedAfter}) and read from there. Every call is authorised and audited.
 */
public interface PermanencePlanning {

    PermanenceView permanence(Caller caller, UUID periodId);

    /** The plan for permanence decided on a day (a later decision replaces the plan). */
    PermanenceView decidePlan(Caller caller, DecidePermanencePlan command);

    /** The adoption steps recorded so far, all at once (a step not yet taken is null). */
    PermanenceView recordAdoption(Caller caller, RecordAdoption command);

    /** Whether the child had a permanence order before this period of care (SSDA903 PrevPerm). */
    PermanenceView recordPreviousPermanence(Caller caller, RecordPreviousPermanence command);
}
