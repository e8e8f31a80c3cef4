package org.cypf.educationskills.shared.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;

/**
 * Education and skills' REST resources, mounted at {@value #PREFIX}: each capability's resources declare their
 * paths under the prefix, so this class names none of them (the assembly says which are mounted).
 */
public final class EducationSkillsResources implements HttpService {
    public static final String PREFIX = "/education-skills";
    /** The largest file an education import takes (a whole authority's census or results file). */
    public static final int IMPORT_MAX_MIB = 50;

    private final List<HttpService> groups;

    public EducationSkillsResources(List<HttpService> groups) {
        this.groups = List.copyOf(groups);
    }

    @Override
    public void routing(HttpRules rules) {
        groups.forEach(g -> g.routing(rules));
    }
}
