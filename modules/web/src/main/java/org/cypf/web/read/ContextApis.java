package org.cypf.web.read;

import org.cypf.educationskills.api.virtualschool.VirtualSchool;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodes;
import org.cypf.governance.api.access.Involvements;
import org.cypf.governance.api.strategy.MeasureObservations;
import org.cypf.governance.api.strategy.Strategies;
import org.cypf.governance.api.strategy.StrategyScorecards;
import org.cypf.healthwellbeing.api.childrenincare.ChildrenInCareHealth;
import org.cypf.healthwellbeing.api.childrenincare.InitialHealthAssessmentsDue;
import org.cypf.healthwellbeing.api.healthychild.HealthyChildProgramme;
import org.cypf.healthwellbeing.api.mentalhealth.MentalHealthReferrals;
import org.cypf.healthwellbeing.api.send.EhcPlansDue;
import org.cypf.socialcare.api.assessment.AssessmentsDue;
import org.cypf.socialcare.api.assessment.ReferralsAndAssessments;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.socialcare.api.frontdoor.ContactsAwaitingDecision;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.LookedAfterReviewsDue;
import org.cypf.socialcare.api.lookedafter.MissingFromCare;
import org.cypf.socialcare.api.protection.ChildProtection;
import org.cypf.socialcare.api.protection.ConferencesDue;
import org.cypf.socialcare.api.protection.PlanReviewsDue;

/**
 * Everything the pages read, each a port of a context's published api; the application hands them over. Nothing
 * here is a context's workings: the pages see what any client of the api sees.
 */
public record ContextApis(Strategies strategies, StrategyScorecards scorecards, MeasureObservations observations,
                          Involvements involvements, ContactsAwaitingDecision contactsAwaitingDecision, ChildProtection childProtection,
                          ChildrenLookedAfter childrenLookedAfter, VirtualSchool virtualSchool,
                          ChildrenInCareHealth childrenInCareHealth, AssessmentsDue assessmentsDue,
                          ConferencesDue conferencesDue, EhcPlansDue ehcPlansDue,
                          PlanReviewsDue planReviewsDue, LookedAfterReviewsDue lookedAfterReviewsDue,
                          InitialHealthAssessmentsDue initialHealthAssessmentsDue, FrontDoor frontDoor,
                          ReferralsAndAssessments referralsAndAssessments, MissingFromCare missingFromCare,
                          FamilyNetworkMeetings familyNetworkMeetings, EarlyHelpEpisodes earlyHelpEpisodes,
                          org.cypf.familysupport.api.familynetwork.FamilyNetworkMeetings familySupportNetworkMeetings,
                          HealthyChildProgramme healthyChildProgramme, MentalHealthReferrals mentalHealthReferrals) {}
