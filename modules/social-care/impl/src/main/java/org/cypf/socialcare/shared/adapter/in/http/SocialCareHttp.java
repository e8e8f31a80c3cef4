package org.cypf.socialcare.shared.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;

/**
 * Social care's REST resources, mounted at {@value #PREFIX}: each capability's resources as a group of their own,
 * so that this class names none of them (the assembly, {@code SocialCareContext}, says which group goes where).
 */
public final class SocialCareHttp implements HttpService {
    public static final String PREFIX = "/social-care";

    /**
     * A resource group mounted under {@value #PREFIX} at {@code path}; at the prefix itself when the path is empty.
     */
    public record Mounted(String path, HttpService service) {}

    private final List<Mounted> groups;

    /** @param groups the capabilities' resource groups, registered in this order */
    public SocialCareHttp(List<Mounted> groups) {
        this.groups = List.copyOf(groups);
    }

    @Override
    public void routing(HttpRules rules) {
        for (Mounted group : groups) {
            if (group.path().isEmpty()) {
                // declared on these rules, as if written here: the routes keep their paths under the prefix
                group.service().routing(rules);
            } else {
                rules.register(group.path(), group.service());
            }
        }
    }
}
