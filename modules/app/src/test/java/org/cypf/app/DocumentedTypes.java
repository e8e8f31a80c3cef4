package org.cypf.app;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the OpenAPI contract test cannot derive from the routes: every other documented body and answer is compared
 * with the api type its route declares through platform's Routes helper.
 */
final class DocumentedTypes {
    private DocumentedTypes() {}

    /**
     * Bodies documented as a free-form object on purpose: strategy documents, whose schema is
     * docs/strategies/strategy.schema.json, checked by governance's own tests; and a directory feed in the Open Referral UK
     * layout, whose schemas family support's tests check.
     */
    static final Set<String> FREE_FORM_BODIES = Set.of(
            "POST /governance/strategies",
            "PUT /governance/strategies/{strategyId}",
            "PUT /governance/strategies/{strategyId}/{section}/{itemId}",
            "POST /governance/strategies/{strategyId}/observations",
            "POST /governance/strategies/{strategyId}/observations/approvals",
            "POST /governance/strategies/{strategyId}/measures/{measureId}/commentary",
            "POST /family-support/directory/imports");

    /**
     * The routes served from the rules themselves rather than through Routes, because they answer a file or a page
     * rather than JSON, or answer a problem or a file of their own (the SSDA903 and CIN census imports: their issues as
     * problem+json or CSV)
 * (as "METHOD pattern", path parameters as {}); every other route is declared through Routes.
     */
    static final Set<String> NOT_JSON = new TreeSet<>(Set.of(
            "GET /",
            "GET /governance/strategies/{}/board-pack",
            "GET /governance/subject-access/{}/page",
            "GET /social-care/returns/ssda903/{}",
            "POST /social-care/returns/ssda903/{}",
            "GET /social-care/returns/cin-census/{}",
            "POST /social-care/returns/cin-census/{}"));
}
