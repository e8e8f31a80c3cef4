package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document stays compatible with every one published before: the last release under
 * {@code docs/contracts/released} (ADR 0100) and the one of before issue 7 (kept in test resources). Every path and
 * method is still there, with its parameters; every documented field of a body or an answer is still there with a
 * type its readers accept; no body or route requires what it did not require. Adding is allowed; removing,
 * renaming or tightening is not. {@link ContractCompatibilityTest} proves the comparison bites.
 */
class OpenApiCompatibilityTest {
    private static final Map<String, Object> NOW = PublishedContracts.yamlResource("/META-INF/openapi.yaml");

    /**
     * The breaks from the document of before issue 7 that were decided and announced, each with its decision: the
     * caller's identity moved from two headers to the bearer token (ADR 0021), and the operators' deliveries list
     * became a page ({@code page} and {@code size}, docs/api/paging.md) instead of a {@code limit}.
     */
    private static final List<Pattern> DECIDED_BEFORE_ISSUE_7 = List.of(
            Pattern.compile(".* parameter header X-CYPF-(User|Organisation): removed"),
            Pattern.compile("GET /platform/event-deliveries parameter query limit: removed"));

    @Test
    void every_path_method_and_field_published_before_is_still_there() {
        Map<String, Object> before = PublishedContracts.yamlResource("/openapi-before-issue-7.yaml");
        assertTrue(operations(before) >= 50, "the earlier document is read: " + operations(before) + " operations");
        List<String> broken = ContractCompatibility.openApi(before, NOW);
        assertTrue(broken.stream().anyMatch(b -> b.contains("X-CYPF-User")), "the header parameters are compared");
        assertEquals(List.of(), broken.stream()
                .filter(b -> DECIDED_BEFORE_ISSUE_7.stream().noneMatch(p -> p.matcher(b).matches())).toList());
    }

    @Test
    void the_document_is_compatible_with_the_last_release() {
        Path release = PublishedContracts.lastRelease();
        Path file = release.resolve("openapi.yaml");
        assertTrue(Files.isRegularFile(file), "the release " + release.getFileName() + " has its openapi.yaml");
        Map<String, Object> released = PublishedContracts.yaml(file);
        assertTrue(operations(released) >= 100, "the released document is read: " + operations(released));
        PublishedContracts.writeCurrent();
        assertEquals(List.of(), ContractCompatibility.openApi(released, NOW),
                "backward-incompatible against release " + release.getFileName()
                        + " (ADR 0100: add instead, or publish a new version of the route)");
    }

    private static int operations(Map<String, Object> document) {
        return ContractCompatibility.map(document.get("paths")).values().stream()
                .mapToInt(p -> (int) ContractCompatibility.map(p).keySet().stream()
                        .filter(k -> List.of("get", "post", "put", "delete", "patch").contains(k)).count())
                .sum();
    }
}
