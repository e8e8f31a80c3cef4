package org.cypf.familysupport;

import java.util.List;
import org.cypf.familysupport.api.directory.ServiceDirectory;
import org.cypf.familysupport.api.familyhub.FamilyHubs;
import org.cypf.familysupport.directory.adapter.in.http.DirectoryHttp;
import org.cypf.familysupport.directory.adapter.out.oruk.OrukFeedFormat;
import org.cypf.familysupport.directory.adapter.out.persistence.JooqDirectory;
import org.cypf.familysupport.directory.application.DirectoryService;
import org.cypf.familysupport.familyhub.adapter.in.http.FamilyHubHttp;
import org.cypf.familysupport.familyhub.adapter.out.persistence.JooqFamilyHubRegister;
import org.cypf.familysupport.familyhub.application.FamilyHubDirectory;
import org.cypf.familysupport.shared.adapter.in.http.FamilySupportHttp;
import org.cypf.platform.db.ContextDatabase;

/** Family support, assembled with its own database (role {@code cypf_family_support}). */
public final class FamilySupportContext {
    /** The name family support publishes events and audits accesses under. */
    public static final String NAME = "family-support";
    /** Where the application mounts family support's web resources. */
    public static final String PATH = FamilySupportHttp.PREFIX;

    private final FamilyHubDirectory hubs;
    private final DirectoryService directory;

    public FamilySupportContext(ContextDatabase database) {
        this.hubs = new FamilyHubDirectory(database, new JooqFamilyHubRegister(database));
        this.directory = new DirectoryService(database, new JooqDirectory(database), new OrukFeedFormat());
    }

    public FamilyHubs familyHubs() {
        return hubs;
    }

    /** The Open Referral UK service directory (public data: organisations and services, no family's record). */
    public ServiceDirectory serviceDirectory() {
        return directory;
    }

    public FamilySupportHttp http() {
        return new FamilySupportHttp(List.of(new FamilyHubHttp(hubs), new DirectoryHttp(directory)));
    }
}
