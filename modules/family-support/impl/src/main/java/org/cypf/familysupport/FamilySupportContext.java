package org.cypf.familysupport;

import org.cypf.familysupport.api.familyhub.FamilyHubs;
import org.cypf.familysupport.familyhub.adapter.in.http.FamilySupportHttp;
import org.cypf.familysupport.familyhub.adapter.out.persistence.JooqFamilyHubRegister;
import org.cypf.familysupport.familyhub.application.FamilyHubDirectory;
import org.cypf.platform.db.ContextDatabase;

/** Family support, assembled with its own database (role {@code cypf_family_support}). */
public final class FamilySupportContext {
    /** The name family support publishes events and audits accesses under. */
    public static final String NAME = "family-support";
    /** Where the application mounts family support's web resources. */
    public static final String PATH = FamilySupportHttp.PREFIX;

    private final FamilyHubDirectory hubs;

    public FamilySupportContext(ContextDatabase database) {
        this.hubs = new FamilyHubDirectory(database, new JooqFamilyHubRegister(database));
    }

    public FamilyHubs familyHubs() {
        return hubs;
    }

    public FamilySupportHttp http() {
        return new FamilySupportHttp(hubs);
    }
}
