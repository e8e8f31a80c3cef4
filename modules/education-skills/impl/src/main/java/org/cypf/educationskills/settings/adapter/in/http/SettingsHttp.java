package org.cypf.educationskills.settings.adapter.in.http;

import static org.cypf.educationskills.shared.adapter.in.http.EducationSkillsResources.IMPORT_MAX_MIB;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.educationskills.api.settings.PutTermDates;
import org.cypf.educationskills.api.settings.Settings;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.http.CsvBodies;
import org.cypf.platform.http.Routes;

/**
 * {@code POST /settings/register} imports a GIAS extract ({@code text/csv}); {@code GET /settings?page&size} lists
 * the settings held, at most {@value Settings#MAX_PAGE_SIZE} a page. {@code PUT /settings/{urn}/term-dates/{academicYear}}
 * and {@code PUT /term-dates/{academicYear}} (the local authority's) replace a school year's term dates, written
 * {@code 2025-26} in the path, and {@code POST /term-dates} loads them from a CSV file, each authorised for the caller
 * (ADR 0087); their {@code GET}s answer the term dates a setting follows (ADR 0049). All need an identified caller.
 */
public final class SettingsHttp implements HttpService {
    private final Settings settings;

    public SettingsHttp(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post("/settings/register", (caller, req) -> settings.importRegister(
                CsvBodies.read(req.request(), IMPORT_MAX_MIB)));
        routes.get("/settings", (caller, req) -> {
            var page = req.page();
            return settings.settings(page.page(), Math.min(page.size(), Settings.MAX_PAGE_SIZE));
        });
        routes.put("/settings/{urn}/term-dates/{academicYear}", PutTermDates.class,
                (caller, command) -> settings.putTermDates(caller, command));
        routes.put("/term-dates/{academicYear}", PutTermDates.class, (caller, command) -> {
            if (command.urn() != null) {
                throw InvalidInput.of("urn", "is not accepted here: the local authority's term dates name no setting"
                        + " (a setting's are put at /settings/{urn}/term-dates/{academicYear})");
            }
            return settings.putTermDates(caller, command);
        });
        routes.post("/term-dates", (caller, req) -> settings.importTermDates(caller,
                CsvBodies.read(req.request(), IMPORT_MAX_MIB)));
        routes.get("/settings/{urn}/term-dates/{academicYear}", (caller, req) -> settings.termDates(
                req.path("urn", String.class), req.path("academicYear", String.class)));
        routes.get("/term-dates/{academicYear}", (caller, req) -> settings.termDates(null,
                req.path("academicYear", String.class)));
    }
}
