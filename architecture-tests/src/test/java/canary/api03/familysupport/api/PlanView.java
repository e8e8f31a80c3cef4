package canary.api03.familysupport.api;

import canary.api03.governance.api.AccessPolicy;
import canary.api03.kernel.identity.FamilyId;

/** Allowed: Java, the kernel, governance's api and its own api. */
public record PlanView(FamilyId family, AccessPolicy policy) {}
