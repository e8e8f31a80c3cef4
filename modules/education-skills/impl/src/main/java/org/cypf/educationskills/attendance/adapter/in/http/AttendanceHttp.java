package org.cypf.educationskills.attendance.adapter.in.http;

import static org.cypf.educationskills.shared.adapter.in.http.EducationSkillsResources.IMPORT_MAX_MIB;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.educationskills.api.attendance.Attendance;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.CsvBodies;
import org.cypf.platform.http.Routes;

/**
 * {@code POST /attendance} imports pupils' terms ({@code text/csv}); {@code GET /pupils/{upn}/attendance?page&size}
 * answers one pupil's terms, latest first, at most {@value Attendance#MAX_PAGE_SIZE} a page.
 */
public final class AttendanceHttp implements HttpService {
    private final Attendance attendance;

    public AttendanceHttp(Attendance attendance) {
        this.attendance = attendance;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post("/attendance", (caller, req) -> attendance.importAttendance(caller,
                CsvBodies.read(req.request(), IMPORT_MAX_MIB)));
        routes.get("/pupils/{upn}/attendance", (caller, req) -> {
            var page = req.page();
            return attendance.pupilAttendance(caller, req.path("upn", String.class), page.page(),
                    Math.min(page.size(), Attendance.MAX_PAGE_SIZE));
        });
    }
}
