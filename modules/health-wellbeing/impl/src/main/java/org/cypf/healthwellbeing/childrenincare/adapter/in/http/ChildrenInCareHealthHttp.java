package org.cypf.healthwellbeing.childrenincare.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.api.childrenincare.CareHealthView;
import org.cypf.healthwellbeing.api.childrenincare.ChildrenInCareHealth;
import org.cypf.healthwellbeing.api.childrenincare.RecordHealthCheck;
import org.cypf.platform.http.PageRequest;
import org.cypf.platform.http.Routes;

/**
 * Children in care health's resources, under {@value #PATH}: each period of care's record, its checks, and every
 * record by next assessment due (paged: {@code ?page=&size=}, at most {@value PageRequest#MAX_SIZE} a page).
 */
public final class ChildrenInCareHealthHttp {
    public static final String PATH = "/children-in-care";

    private final ChildrenInCareHealth health;

    public ChildrenInCareHealthHttp(ChildrenInCareHealth health) {
        this.health = health;
    }

    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.get(PATH + "/records", (caller, req) -> {
            PageRequest page = req.page();
            var found = health.assessmentsDue(caller, page.page(), page.size());
            long total = found.total();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("records", found.records());
            answer.put("count", found.records().size());
            answer.put("page", page.page());
            answer.put("size", page.size());
            answer.put("total", total);
            answer.put("hasNext", page.hasNext(total));
            return answer;
        });
        routes.get(PATH + "/records/{recordId}", (caller, req) -> health.record(caller, req.path("recordId", UUID.class)))
                .answers(CareHealthView.class);
        routes.post(PATH + "/records/{recordId}/checks", RecordHealthCheck.class, health::recordCheck)
                .answers(CareHealthView.class);
        routes.get(PATH + "/children/{childId}/records", (caller, req) -> {
            PageRequest page = req.page();
            String childId = req.path("childId", String.class);
            return page.answer(Map.of("childId", childId), "records", health.childRecords(caller, childId));
        });
    }
}
