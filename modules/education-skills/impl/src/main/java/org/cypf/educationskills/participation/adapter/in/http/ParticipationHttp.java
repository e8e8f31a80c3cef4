package org.cypf.educationskills.participation.adapter.in.http;

import static org.cypf.educationskills.shared.adapter.in.http.EducationSkillsResources.IMPORT_MAX_MIB;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.educationskills.api.participation.Participation;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.CsvBodies;
import org.cypf.platform.http.Routes;

/** {@code POST /participation} imports young people's monthly activities ({@code text/csv}, all rows or none). */
public final class ParticipationHttp implements HttpService {
    private final Participation participation;

    public ParticipationHttp(Participation participation) {
        this.participation = participation;
    }

    @Override
    public void routing(HttpRules rules) {
        Routes.on(rules, Caller::from).post("/participation",
                (caller, req) -> participation.importActivities(caller, CsvBodies.read(req.request(), IMPORT_MAX_MIB)));
    }
}
