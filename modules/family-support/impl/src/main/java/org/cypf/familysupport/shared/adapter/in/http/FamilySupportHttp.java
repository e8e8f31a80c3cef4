package org.cypf.familysupport.shared.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;

/**
 * Family support's REST resources, mounted at {@value #PREFIX}: each capability's resources declared on these
 * rules, so that this class names none of them (the assembly, {@code FamilySupportContext}, says which).
 */
public final class FamilySupportHttp implements HttpService {
    public static final String PREFIX = "/family-support";

    private final List<HttpService> groups;

    public FamilySupportHttp(List<HttpService> groups) {
        this.groups = List.copyOf(groups);
    }

    @Override
    public void routing(HttpRules rules) {
        groups.forEach(group -> group.routing(rules));
    }
}
