package org.cypf.healthwellbeing.healthychild.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.api.healthychild.HealthyChildProgramme;
import org.cypf.healthwellbeing.api.healthychild.HealthyChildView;
import org.cypf.healthwellbeing.api.healthychild.RecordMandatedReview;
import org.cypf.healthwellbeing.api.healthychild.RecordSchoolNursingContact;
import org.cypf.healthwellbeing.api.healthychild.RegisterHealthyChild;
import org.cypf.platform.http.PageRequest;
import org.cypf.platform.http.Routes;

/**
 * The healthy child programme's resources, under {@value #PATH}: a child by NHS number, its mandated reviews and
 * school nursing contacts, and the reviews due ({@code ?review=&outcome=&closesFrom=&closesTo=&page=&size=}, paged
 * in the database, at most {@value PageRequest#MAX_SIZE} a page).
 */
public final class HealthyChildProgrammeHttp {
    public static final String PATH = "/healthy-child";

    private final HealthyChildProgramme programme;

    public HealthyChildProgrammeHttp(HealthyChildProgramme programme) {
        this.programme = programme;
    }

    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post(PATH + "/children", RegisterHealthyChild.class, programme::register)
                .answers(HealthyChildView.class).created(c -> PATH + "/children/" + c.nhsNumber());
        routes.get(PATH + "/children/{nhsNumber}",
                (caller, req) -> programme.child(caller, req.path("nhsNumber", String.class)))
                .answers(HealthyChildView.class);
        routes.post(PATH + "/children/{nhsNumber}/reviews", RecordMandatedReview.class, programme::recordReview)
                .answers(HealthyChildView.class);
        routes.post(PATH + "/children/{nhsNumber}/school-nursing-contacts", RecordSchoolNursingContact.class,
                programme::recordSchoolNursingContact).answers(HealthyChildView.class);
        routes.get(PATH + "/reviews", (caller, req) -> {
            PageRequest page = req.page();
            var found = programme.reviews(caller, req.query("review", String.class).orElse(null),
                    req.query("outcome", String.class).orElse(null),
                    req.query("closesFrom", LocalDate.class).orElse(null),
                    req.query("closesTo", LocalDate.class).orElse(null), page.page(), page.size());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("reviews", found.reviews());
            answer.put("count", found.reviews().size());
            answer.put("page", page.page());
            answer.put("size", page.size());
            answer.put("total", found.total());
            answer.put("hasNext", page.hasNext(found.total()));
            return answer;
        });
    }
}
