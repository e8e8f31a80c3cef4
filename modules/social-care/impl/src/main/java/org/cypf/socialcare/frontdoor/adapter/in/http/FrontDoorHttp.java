package org.cypf.socialcare.frontdoor.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.BindingRules;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.frontdoor.ContactView;
import org.cypf.socialcare.api.frontdoor.DecideContact;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.socialcare.api.frontdoor.RecordContact;
import org.cypf.socialcare.shared.adapter.in.http.Listings;

/**
 * The front door's resources, mounted at {@value #PATH} under social care's prefix: contacts, the decision on each,
 * and the contacts that breached the one-working-day timescale. A time sent without an offset is a time in England.
 */
public final class FrontDoorHttp implements HttpService {
    public static final String PATH = "/contacts";

    private final FrontDoor frontDoor;
    private final Clock clock;

    public FrontDoorHttp(FrontDoor frontDoor, Clock clock) {
        this.frontDoor = frontDoor;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from)
                .binding(BindingRules.defaults().withLocalTimeIn(Listings.ENGLAND));
        routes.post("/", RecordContact.class, frontDoor::recordContact).answers(ContactView.class)
                .created(contact -> "/" + contact.contactId());
        routes.get("/breaches", (caller, req) -> Listings.pageOnDate(req, clock, "contacts",
                (date, slice) -> frontDoor.breaches(caller, date, slice)));
        routes.get("/{contactId}", (caller, req) -> frontDoor.contact(caller, req.path("contactId", UUID.class)))
                .answers(ContactView.class);
        routes.post("/{contactId}/decision", DecideContact.class, frontDoor::decide).answers(ContactView.class);
    }
}
