package org.cypf.app;

import java.util.Map;
import java.util.Set;
import org.cypf.platform.http.BindingRules;
import org.cypf.platform.http.JsonSchemas;
import org.cypf.socialcare.api.assessment.AssessmentView;
import org.cypf.socialcare.api.assessment.CloseReferral;
import org.cypf.socialcare.api.assessment.CompleteAssessment;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.assessment.ReferralView;
import org.cypf.socialcare.api.assessment.StartAssessment;
import org.cypf.socialcare.api.careleavers.RecordBirthdayContact;
import org.cypf.socialcare.api.careleavers.RecordPathway;
import org.cypf.socialcare.api.frontdoor.ContactView;
import org.cypf.socialcare.api.frontdoor.DecideContact;
import org.cypf.socialcare.api.frontdoor.RecordContact;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.EndMissingEpisode;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.RecordMissingEpisode;
import org.cypf.socialcare.api.lookedafter.RecordReview;
import org.cypf.socialcare.api.lookedafter.RecordUasc;
import org.cypf.socialcare.api.lookedafter.StartToBeLookedAfter;
import org.cypf.socialcare.api.permanence.DecidePermanencePlan;
import org.cypf.socialcare.api.permanence.RecordAdoption;
import org.cypf.socialcare.api.permanence.RecordPreviousPermanence;

/**
 * The api type behind each documented operation whose adapter does not yet declare it through platform's Route
 * helper (which knows its types itself). Transitional: as an adapter is converted, its entries must go (the
 * contract test fails on a redundant one), until this table is empty and can be deleted.
 */
final class DocumentedTypes {
    private DocumentedTypes() {}

    private static final String SC = "/social-care";

    /**
     * A command and the fields today's adapter lets a client leave out although the record does not mark them
     * {@code @Nullable}: converting the adapter means marking each one {@code @Nullable} on the record (or, where
     * the record is shared with a route that requires it, {@code BindingRules.withOptional} on the route).
     */
    record Body(Class<?> type, String... optional) {
        Map<String, Object> schema(Set<String> pathParameters) {
            return JsonSchemas.request(type, pathParameters, BindingRules.defaults().withOptional(optional));
        }
    }

    private static Map.Entry<String, Body> body(String operation, Class<?> type, String... optional) {
        return Map.entry(operation, new Body(type, optional));
    }

    /** The command each documented JSON request body binds to (path components read from the path). */
    static final Map<String, Body> BODIES = Map.ofEntries(
            body("POST " + SC + "/periods-of-care", StartToBeLookedAfter.class,
                    "child.upn", "child.nhsNumber", "placement.postcode", "placement.urn", "homePostcode"),
            body("POST " + SC + "/periods-of-care/{periodId}/end", EndPeriodOfCare.class),
            body("POST " + SC + "/periods-of-care/{periodId}/episodes", ChangeEpisode.class, "legalStatus",
                    "categoryOfNeed", "placement", "placement.placementType", "placement.provider", "placement.postcode",
                    "placement.urn", "reasonPlaceChange"),
            body("POST " + SC + "/periods-of-care/{periodId}/reviews", RecordReview.class),
            body("POST " + SC + "/missing-episodes", RecordMissingEpisode.class, "endDate"),
            body("POST " + SC + "/missing-episodes/{missingId}/end", EndMissingEpisode.class),
            body("PUT " + SC + "/unaccompanied-asylum-seeking-children/{childId}", RecordUasc.class, "dateCeased"),
            body("POST " + SC + "/permanence/{periodId}/plans", DecidePermanencePlan.class),
            body("PUT " + SC + "/permanence/{periodId}/adoption", RecordAdoption.class, "decisionDate", "matchedDate",
                    "adoptedByFosterCarer", "numberOfAdopters", "sexOfAdopters", "legalStatusOfAdopters",
                    "decisionCeasedDate", "decisionCeasedReason"),
            body("PUT " + SC + "/permanence/{periodId}/previous-permanence", RecordPreviousPermanence.class,
                    "authority", "date"),
            body("PUT " + SC + "/care-leavers/{childId}/pathway", RecordPathway.class, "pathwayPlanDate",
                    "personalAdviser", "personalAdviserFrom"),
            body("PUT " + SC + "/care-leavers/{childId}/birthdays/{age}", RecordBirthdayContact.class, "activity",
                    "accommodation"),
            body("POST " + SC + "/contacts", RecordContact.class, "child.upn", "child.nhsNumber", "referrerName",
                    "referrerOrganisation", "familyMembers", "familyMembers.relationship"),
            body("POST " + SC + "/contacts/{contactId}/decision", DecideContact.class, "note"),
            body("POST " + SC + "/referrals", RecordReferral.class, "child.upn", "child.nhsNumber"),
            body("POST " + SC + "/referrals/{referralId}/close", CloseReferral.class),
            body("POST " + SC + "/referrals/{referralId}/assessments", StartAssessment.class),
            body("POST " + SC + "/referrals/{referralId}/assessments/{assessmentId}/complete", CompleteAssessment.class));

    /** The view each documented answer schema describes. */
    static final Map<String, Class<?>> ANSWERS = Map.ofEntries(
            Map.entry("POST " + SC + "/periods-of-care", PeriodOfCareView.class),
            Map.entry("GET " + SC + "/periods-of-care/{periodId}", PeriodOfCareView.class),
            Map.entry("POST " + SC + "/contacts", ContactView.class),
            Map.entry("GET " + SC + "/contacts/{contactId}", ContactView.class),
            Map.entry("POST " + SC + "/contacts/{contactId}/decision", ContactView.class),
            Map.entry("POST " + SC + "/referrals", ReferralView.class),
            Map.entry("GET " + SC + "/referrals/{referralId}", ReferralView.class),
            Map.entry("POST " + SC + "/referrals/{referralId}/close", ReferralView.class),
            Map.entry("POST " + SC + "/referrals/{referralId}/assessments", AssessmentView.class),
            Map.entry("POST " + SC + "/referrals/{referralId}/assessments/{assessmentId}/complete", AssessmentView.class));

    /**
     * Bodies documented as a free-form object on purpose: strategy documents, whose schema is
     * docs/strategies/strategy.schema.json, checked by governance's own tests.
     */
    static final Set<String> FREE_FORM_BODIES = Set.of(
            "POST /governance/strategies",
            "PUT /governance/strategies/{strategyId}",
            "PUT /governance/strategies/{strategyId}/{section}/{itemId}",
            "POST /governance/strategies/{strategyId}/observations");

}
