package org.cypf.familysupport.familyhub.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.Map;
import java.util.UUID;
import org.cypf.familysupport.api.familyhub.FamilyHubOpeningTime;
import org.cypf.familysupport.api.familyhub.FamilyHubOpeningTimes;
import org.cypf.familysupport.api.familyhub.FamilyHubView;
import org.cypf.familysupport.api.familyhub.FamilyHubs;
import org.cypf.familysupport.api.familyhub.RecordFamilyHubOpeningTimes;
import org.cypf.familysupport.api.familyhub.RegisterFamilyHub;
import org.cypf.familysupport.api.familyhub.ReviseFamilyHub;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;

/**
 * The partnership's Family Hubs: places, public like the directory. A hub's opening times are answered in the Open
 * Referral UK shape: the hub as an ORUK {@code location} (physical) with its {@code schedules}, each an ORUK
 * {@code schedule} (freq WEEKLY, byday, opens_at, closes_at, valid_from, valid_to, description). The reads are public
 * ({@code GET /family-support/family-hubs} in {@code security.public-paths}, ADR 0085); registering a hub
 * ({@code POST /family-hubs}), changing it from the version read ({@code PUT /family-hubs/{hubId}}) and recording its
 * opening times need a caller whose role the access policy allows (ADR 0086); who recorded the times is kept.
 */
public final class FamilyHubHttp implements HttpService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FamilyHubs hubs;

    public FamilyHubHttp(FamilyHubs hubs) {
        this.hubs = hubs;
    }

    @Override
    public void routing(HttpRules rules) {
        var open = Routes.anonymous(rules);
        open.get("/family-hubs", (nobody, req) -> {
            var page = req.page();
            // a locality's name, checked by the use case: bounded however long the text
            String locality = req.query("locality", String.class).orElse(null);
            return page.answer(Map.of(), "familyHubs", hubs.familyHubs(locality, page.slice()));
        });
        open.get("/family-hubs/{hubId}", (nobody, req) -> hubs.familyHub(req.path("hubId", UUID.class)))
                .answers(FamilyHubView.class);
        open.get("/family-hubs/{hubId}/schedules", (nobody, req) ->
                oruk(hubs.openingTimes(req.path("hubId", UUID.class))));
        var routes = Routes.on(rules, Caller::from);
        routes.put("/family-hubs/{hubId}/schedules", RecordFamilyHubOpeningTimes.class,
                (caller, command) -> oruk(hubs.recordOpeningTimes(caller, command)));
        routes.post("/family-hubs", RegisterFamilyHub.class, hubs::registerHub).answers(FamilyHubView.class)
                .created(hub -> "/family-hubs/" + hub.hubId());
        routes.put("/family-hubs/{hubId}", ReviseFamilyHub.class, hubs::reviseHub).answers(FamilyHubView.class);
    }

    /** The hub as an ORUK location with its schedules; fields a schedule does not have are left out, not null. */
    static JsonNode oruk(FamilyHubOpeningTimes hub) {
        ObjectNode location = JSON.createObjectNode().put("id", hub.hubId().toString())
                .put("location_type", "physical").put("name", hub.name());
        ArrayNode schedules = location.putArray("schedules");
        for (FamilyHubOpeningTimes.Schedule s : hub.schedules()) {
            FamilyHubOpeningTime t = s.openingTime();
            ObjectNode schedule = schedules.addObject().put("id", s.scheduleId().toString()).put("freq", "WEEKLY")
                    .put("byday", t.byday()).put("opens_at", t.opensAt()).put("closes_at", t.closesAt());
            if (t.validFrom() != null) {
                schedule.put("valid_from", t.validFrom().toString());
            }
            if (t.validTo() != null) {
                schedule.put("valid_to", t.validTo().toString());
            }
            if (t.description() != null) {
                schedule.put("description", t.description());
            }
        }
        return location;
    }
}
