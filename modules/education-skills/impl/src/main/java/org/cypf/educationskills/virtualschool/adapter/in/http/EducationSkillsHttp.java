package org.cypf.educationskills.virtualschool.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.educationskills.api.virtualschool.RecordPep;
import org.cypf.educationskills.api.virtualschool.VirtualSchool;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;

/** The virtual school's REST resources, under {@value #PREFIX}. */
public final class EducationSkillsHttp implements HttpService {
    public static final String PREFIX = "/education-skills";
    private static final java.time.Clock LONDON = java.time.Clock.system(java.time.ZoneId.of("Europe/London"));
    private final VirtualSchool virtualSchool;

    public EducationSkillsHttp(VirtualSchool virtualSchool) {
        this.virtualSchool = virtualSchool;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.get("/virtual-school/children", (caller, req) -> {
            var page = req.page();
            var read = virtualSchool.roll(caller, page.page(), Math.min(page.size(), VirtualSchool.MAX_PAGE_SIZE));
            return page.answer(java.util.Map.of(), "children", new org.cypf.kernel.page.Page<>(read.children(),
                    read.total()));
        });
        routes.post("/virtual-school/children/{childId}/peps", RecordPep.class, virtualSchool::recordPep);
        routes.get("/virtual-school/pep-reviews-due", (caller, req) -> {
            var page = req.page();
            return virtualSchool.pepReviewsDue(caller, req.dateOrToday("by", LONDON), page.page(),
                    Math.min(page.size(), VirtualSchool.MAX_PAGE_SIZE));
        });
        routes.get("/virtual-school/children/{childId}/exclusions", (caller, req) -> {
            var page = req.page();
            return virtualSchool.exclusions(caller, req.path("childId", String.class), page.page(),
                    Math.min(page.size(), VirtualSchool.MAX_PAGE_SIZE));
        });
    }
}
