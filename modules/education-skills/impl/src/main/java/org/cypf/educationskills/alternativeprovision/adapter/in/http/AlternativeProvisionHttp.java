package org.cypf.educationskills.alternativeprovision.adapter.in.http;

import static org.cypf.educationskills.shared.adapter.in.http.EducationSkillsResources.IMPORT_MAX_MIB;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.educationskills.api.alternativeprovision.AlternativeProvision;
import org.cypf.educationskills.api.alternativeprovision.EndApPlacement;
import org.cypf.educationskills.api.alternativeprovision.RecordApPlacement;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.CsvBodies;
import org.cypf.platform.http.Routes;

/**
 * Placements in alternative provision (ADR 0048): {@code POST /alternative-provision/placements} records one,
 * {@code POST /alternative-provision/placements/import} loads a CSV file of them ({@code text/csv}, ADR 0088),
 * {@code POST /alternative-provision/placements/{placementId}/end} ends it; {@code GET /pupils/{upn}/alternative-provision-placements},
 * {@code GET /alternative-provision/providers/{provider}/placements} (a URN or UKPRN) and, for the virtual school,
 * {@code GET /virtual-school/children/{childId}/alternative-provision-placements} answer a page each, latest start
 * first, at most {@value AlternativeProvision#MAX_PAGE_SIZE} a page.
 */
public final class AlternativeProvisionHttp implements HttpService {
    private final AlternativeProvision alternativeProvision;

    public AlternativeProvisionHttp(AlternativeProvision alternativeProvision) {
        this.alternativeProvision = alternativeProvision;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post("/alternative-provision/placements", RecordApPlacement.class, alternativeProvision::recordPlacement);
        routes.post("/alternative-provision/placements/import", (caller, req) -> alternativeProvision.importPlacements(
                caller, CsvBodies.read(req.request(), IMPORT_MAX_MIB)));
        routes.post("/alternative-provision/placements/{placementId}/end", EndApPlacement.class,
                alternativeProvision::endPlacement);
        routes.get("/pupils/{upn}/alternative-provision-placements", (caller, req) -> {
            var page = req.page();
            return alternativeProvision.pupilPlacements(caller, req.path("upn", String.class), page.page(),
                    Math.min(page.size(), AlternativeProvision.MAX_PAGE_SIZE));
        });
        routes.get("/alternative-provision/providers/{provider}/placements", (caller, req) -> {
            var page = req.page();
            return alternativeProvision.providerPlacements(caller, req.path("provider", String.class), page.page(),
                    Math.min(page.size(), AlternativeProvision.MAX_PAGE_SIZE));
        });
        routes.get("/virtual-school/children/{childId}/alternative-provision-placements", (caller, req) -> {
            var page = req.page();
            return alternativeProvision.childInCarePlacements(caller, req.path("childId", String.class), page.page(),
                    Math.min(page.size(), AlternativeProvision.MAX_PAGE_SIZE));
        });
    }
}
