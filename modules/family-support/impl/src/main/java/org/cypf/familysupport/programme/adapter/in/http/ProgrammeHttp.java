package org.cypf.familysupport.programme.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.Map;
import java.util.UUID;
import org.cypf.familysupport.api.programme.EnrolInProgramme;
import org.cypf.familysupport.api.programme.EnrolmentFilter;
import org.cypf.familysupport.api.programme.EnrolmentView;
import org.cypf.familysupport.api.programme.Programmes;
import org.cypf.familysupport.api.programme.RecordSession;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.PageRequest;
import org.cypf.platform.http.Routes;

/** Programme enrolments and their sessions: children's records, so every route needs a caller the port allows. */
public final class ProgrammeHttp implements HttpService {
    public static final String PATH = "/programme-enrolments";

    private final Programmes programmes;

    public ProgrammeHttp(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post(PATH, EnrolInProgramme.class, programmes::enrol).answers(EnrolmentView.class)
                .created((EnrolmentView e) -> PATH + "/" + e.enrolmentId());
        routes.get(PATH, (caller, req) -> {
            PageRequest page = req.page();
            // a programme code, checked against the list by the use case: bounded however long the text
            String programme = req.query("programme", String.class).orElse(null);
            var found = programmes.enrolments(caller, new EnrolmentFilter(programme), page.slice());
            return page.answer(Map.of(), "enrolments", found);
        });
        routes.get(PATH + "/{enrolmentId}", (caller, req) ->
                programmes.enrolment(caller, req.path("enrolmentId", UUID.class))).answers(EnrolmentView.class);
        routes.post(PATH + "/{enrolmentId}/sessions", RecordSession.class, programmes::recordSession)
                .answers(EnrolmentView.class);
    }
}
