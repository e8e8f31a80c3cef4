package org.cypf.familysupport;

import org.cypf.familysupport.api.familyhub.FamilyHubs;
import org.cypf.familysupport.familyhub.adapter.in.http.FamilySupportHttp;
import org.cypf.familysupport.familyhub.adapter.out.persistence.JooqFamilyHubRegister;
import org.cypf.familysupport.familyhub.application.FamilyHubDirectory;
import org.cypf.platform.db.ContextDatabase;

/** Family support, assembled with its own database (role {@code cypf_family_support}). */
public final class FamilySupportContext {
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
