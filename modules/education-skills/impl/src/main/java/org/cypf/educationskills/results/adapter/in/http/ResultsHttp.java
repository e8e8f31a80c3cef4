package org.cypf.educationskills.results.adapter.in.http;

import static org.cypf.educationskills.shared.adapter.in.http.EducationSkillsResources.IMPORT_MAX_MIB;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.educationskills.api.results.Results;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.CsvBodies;
import org.cypf.platform.http.Routes;

/**
 * {@code POST /results/eyfs}, {@code /results/ks2} and {@code /results/ks4} import pupils' results ({@code text/csv},
 * all rows or none); {@code GET /pupils/{upn}/results} answers one pupil's EYFS profile, KS2 and KS4 results, latest
 * school year first (at most one a year each).
 */
public final class ResultsHttp implements HttpService {
    private final Results results;

    public ResultsHttp(Results results) {
        this.results = results;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post("/results/eyfs", (caller, req) -> results.importEyfsProfiles(caller,
                CsvBodies.read(req.request(), IMPORT_MAX_MIB)));
        routes.post("/results/ks2", (caller, req) -> results.importKs2Results(caller,
                CsvBodies.read(req.request(), IMPORT_MAX_MIB)));
        routes.post("/results/ks4", (caller, req) -> results.importKs4Results(caller,
                CsvBodies.read(req.request(), IMPORT_MAX_MIB)));
        routes.get("/pupils/{upn}/results", (caller, req) -> results.pupilResults(caller, req.path("upn", String.class)));
    }
}
