package org.cypf.educationskills.exclusions.adapter.in.http;

import static org.cypf.educationskills.shared.adapter.in.http.EducationSkillsResources.IMPORT_MAX_MIB;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.educationskills.api.exclusions.Exclusions;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.CsvBodies;
import org.cypf.platform.http.Routes;

/**
 * {@code POST /exclusions} imports suspensions and permanent exclusions ({@code text/csv});
 * {@code GET /pupils/{upn}/exclusions?page&size} answers one pupil's, latest first, at most
 * {@value Exclusions#MAX_PAGE_SIZE} a page.
 */
public final class ExclusionsHttp implements HttpService {
    private final Exclusions exclusions;

    public ExclusionsHttp(Exclusions exclusions) {
        this.exclusions = exclusions;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post("/exclusions", (caller, req) -> exclusions.importExclusions(caller,
                CsvBodies.read(req.request(), IMPORT_MAX_MIB)));
        routes.get("/pupils/{upn}/exclusions", (caller, req) -> {
            var page = req.page();
            return exclusions.pupilExclusions(caller, req.path("upn", String.class), page.page(),
                    Math.min(page.size(), Exclusions.MAX_PAGE_SIZE));
        });
    }
}
