package org.cypf.governance.access.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.access.AccessAudit;
import org.cypf.governance.api.access.AuditQuery;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;

/**
 * The access audit for auditors, mounted at {@value #PREFIX}: {@code GET /verification} recomputes the hash chain
 * and names every edited, inserted or deleted row; {@code GET /entries?child=&user=&from=&to=&page=&size=} reads
 * entries newest first, at most {@value AuditQuery#MAX_PAGE_SIZE} a page, and is itself audited (ADR 0020).
 */
public final class AccessAuditHttp implements HttpService {
    public static final String PREFIX = "/governance/access-audit";

    private final AccessAudit audit;

    public AccessAuditHttp(AccessAudit audit) {
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.get("/verification", (caller, req) -> audit.verify(caller));
        routes.get("/entries", (caller, req) -> {
            // Parameters are read before the page so that every bad one is named, then checked together by the query.
            UUID child = req.query("child", UUID.class).orElse(null);
            String user = req.query("user", String.class).orElse(null);
            LocalDate from = req.query("from", LocalDate.class).orElse(null);
            LocalDate to = req.query("to", LocalDate.class).orElse(null);
            int page = req.query("page", Integer.class).orElse(1);
            int size = req.query("size", Integer.class).orElse(AuditQuery.DEFAULT_PAGE_SIZE);
            return audit.entries(caller, new AuditQuery(child, user, from, to, page, size));
        });
    }
}
