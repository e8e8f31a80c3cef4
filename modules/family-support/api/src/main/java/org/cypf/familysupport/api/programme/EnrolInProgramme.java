package org.cypf.familysupport.api.programme;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A child, or a family through its child, enrolled in a programme.
 *
 * @param programme       FAMILY_MATTERS, HOLIDAY_ACTIVITIES_AND_FOOD or PARENTING_PROGRAMME
 * @param participant     who attends for the family when it is not the child (a parent on a parenting programme)
 * @param episodeId       the family's early help episode, when the programme is part of its plan
 * @param freeSchoolMeals whether the child is eligible for free school meals, when known (HAF reach)
 */
public record EnrolInProgramme(String childId, String programme, LocalDate enrolledOn, @Nullable String participant,
                               @Nullable UUID episodeId, @Nullable Boolean freeSchoolMeals) {}
