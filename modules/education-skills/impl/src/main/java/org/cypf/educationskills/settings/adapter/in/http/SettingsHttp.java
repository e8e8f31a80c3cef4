package org.cypf.educationskills.settings.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.educationskills.api.settings.Settings;
import org.cypf.educationskills.shared.adapter.in.http.CsvBody;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;

/**
 * {@code POST /settings/register} imports a GIAS extract ({@code text/csv}); {@code GET /settings?page&size} lists
 * the settings held, at most {@value Settings#MAX_PAGE_SIZE} a page. Both still need an identified caller.
 */
public final class SettingsHttp implements HttpService {
    private final Settings settings;

    public SettingsHttp(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post("/settings/register", (caller, req) -> settings.importRegister(CsvBody.read(req.request())));
        routes.get("/settings", (caller, req) -> {
            var page = req.page();
            return settings.settings(page.page(), Math.min(page.size(), Settings.MAX_PAGE_SIZE));
        });
    }
}
