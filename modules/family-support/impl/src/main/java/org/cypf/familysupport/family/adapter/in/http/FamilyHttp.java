package org.cypf.familysupport.family.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.UUID;
import org.cypf.familysupport.api.family.AddChildToFamily;
import org.cypf.familysupport.api.family.Families;
import org.cypf.familysupport.api.family.FamilyView;
import org.cypf.familysupport.api.family.FormFamily;
import org.cypf.familysupport.api.family.RemoveChildFromFamily;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;

/** Family groupings at {@value #PATH}: about each child they name, so every route needs a caller. */
public final class FamilyHttp implements HttpService {
    public static final String PATH = "/families";

    private final Families families;

    public FamilyHttp(Families families) {
        this.families = families;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post(PATH, FormFamily.class, families::form).answers(FamilyView.class)
                .created((FamilyView f) -> PATH + "/" + f.familyId());
        routes.get(PATH + "/{familyId}", (caller, req) -> families.family(caller, req.path("familyId", UUID.class)))
                .answers(FamilyView.class);
        routes.post(PATH + "/{familyId}/children", AddChildToFamily.class, families::addChild)
                .answers(FamilyView.class);
        routes.delete(PATH + "/{familyId}/children/{childId}", (caller, req) -> families.removeChild(caller,
                new RemoveChildFromFamily(req.path("familyId", UUID.class), req.path("childId", String.class))))
                .answers(FamilyView.class);
    }
}
