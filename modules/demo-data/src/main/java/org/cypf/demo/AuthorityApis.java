package org.cypf.demo;

import org.cypf.familysupport.api.directory.ServiceDirectory;
import java.util.Objects;
import org.cypf.governance.api.access.Involvements;
import org.cypf.governance.api.strategy.Strategies;
import org.cypf.healthwellbeing.api.healthychild.HealthyChildProgramme;
import org.cypf.socialcare.api.assessment.ReferralsAndAssessments;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.MissingFromCare;
import org.cypf.socialcare.api.protection.ChildProtection;

/**
 * The use cases the generator writes through: the same ports the HTTP api calls, handed over by the application.
 * Family support, the virtual school and children in care's health hear of the children through the outbox, as they
 * do in a real authority (a step down to early help, a child entering care); a team manager allocates the health
 * visitor to each child under five through governance's involvements (ADR 0032). The service directory takes the
 * demo's Open Referral UK feed ({@link SyntheticDirectory}), imported as its directory manager would.
 */
public record AuthorityApis(Strategies strategies, FrontDoor frontDoor, ReferralsAndAssessments referrals,
                            ChildProtection childProtection, ChildrenLookedAfter childrenLookedAfter,
                            MissingFromCare missingFromCare, HealthyChildProgramme healthyChildProgramme,
                            Involvements involvements, ServiceDirectory directory) {
    public AuthorityApis {
        Objects.requireNonNull(strategies, "strategies");
        Objects.requireNonNull(frontDoor, "frontDoor");
        Objects.requireNonNull(referrals, "referrals");
        Objects.requireNonNull(childProtection, "childProtection");
        Objects.requireNonNull(childrenLookedAfter, "childrenLookedAfter");
        Objects.requireNonNull(missingFromCare, "missingFromCare");
        Objects.requireNonNull(healthyChildProgramme, "healthyChildProgramme");
        Objects.requireNonNull(involvements, "involvements");
        Objects.requireNonNull(directory, "directory");
    }
}
