package org.cypf.healthwellbeing.childhealth.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.api.childhealth.ChildHealthImported;
import org.cypf.healthwellbeing.api.childhealth.ChildHealthImports;
import org.cypf.platform.http.CsvBodies;
import org.cypf.platform.http.Routes;

/**
 * Child health imports, under {@value #PATH}: {@code POST /imports/{kind}} takes one {@code text/csv} file in UTF-8
 * of at most {@value #MAX_MIB} MiB (413 beyond) and answers what was stored, or 400 naming every row error.
 */
public final class ChildHealthHttp {
    public static final String PATH = "/child-health";
    public static final int MAX_MIB = 20;

    private final ChildHealthImports imports;

    public ChildHealthHttp(ChildHealthImports imports) {
        this.imports = imports;
    }

    public void routing(HttpRules rules) {
        Routes.on(rules, Caller::from).post(PATH + "/imports/{kind}", (caller, req) ->
                imports.importFile(caller, req.path("kind", String.class), CsvBodies.read(req.request(), MAX_MIB)))
                .answers(ChildHealthImported.class);
    }
}
