package org.cypf.socialcare.careleavers.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.time.LocalDate;
import org.cypf.socialcare.api.careleavers.CareLeavers;
import org.cypf.socialcare.api.careleavers.RecordBirthdayContact;
import org.cypf.socialcare.api.careleavers.RecordPathway;
import org.cypf.socialcare.api.careleavers.CareLeaverView;
import org.cypf.socialcare.api.careleavers.EighteenthBirthdays;
import org.cypf.socialcare.shared.adapter.in.http.ChildRoutes;

/** Care leavers, mounted at {@value #PATH}. */
public final class CareLeaversHttp implements HttpService {
    public static final String PATH = "/care-leavers";

    private final CareLeavers careLeavers;
    private final Clock clock;

    public CareLeaversHttp(CareLeavers careLeavers, Clock clock) {
        this.careLeavers = careLeavers;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = ChildRoutes.on(rules);
        // For a daily scheduler or an operator: publishes the 18th birthdays of the year to asAt (today by default).
        routes.post("/eighteenth-birthdays", (caller, req) -> careLeavers.recordEighteenthBirthdays(caller,
                req.dateOrToday("asAt", clock))).answers(EighteenthBirthdays.class);
        routes.get("/{childId}", (caller, req) -> careLeavers.careLeaver(caller, ChildRoutes.childId(req)))
                .answers(CareLeaverView.class);
        routes.put("/{childId}/pathway", RecordPathway.class, careLeavers::recordPathway).answers(CareLeaverView.class);
        routes.put("/{childId}/birthdays/{age}", RecordBirthdayContact.class, careLeavers::recordBirthday).answers(CareLeaverView.class);
    }
}
