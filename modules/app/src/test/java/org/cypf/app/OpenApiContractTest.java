package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.cypf.platform.http.EventDeliveriesService;
import org.cypf.platform.http.JsonSchemas;
import org.cypf.platform.http.PageRequest;
import org.cypf.platform.http.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document served at /openapi and the routes actually served agree, both ways: every documented
 * operation reaches a handler (and answers a status the document lists), and every route of the services the app
 * mounts is documented.
 */
class OpenApiContractTest {
    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options",
            "trace");

    private static RunningCypf cypf;
    private static Map<String, Object> served;

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("openapi contract");
        var response = cypf.get("/openapi", Map.of("Accept", "application/vnd.oai.openapi"));
        assertEquals(200, response.status(), response.body());
        served = new Yaml().load(response.body());
    }

    @AfterAll
    static void stop() {
        if (cypf != null) {
            cypf.close();
        }
    }

    /** One documented operation, with the path as the client writes it and as a route pattern. */
    record Operation(String method, String path, Map<String, Object> definition) {
        String key() {
            return method.toUpperCase(Locale.ROOT) + " " + pattern(path);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static List<Operation> documented() {
        List<Operation> operations = new ArrayList<>();
        map(served.get("paths")).forEach((path, item) -> map(item).forEach((method, definition) -> {
            if (HTTP_METHODS.contains(method)) {
                operations.add(new Operation(method, path, map(definition)));
            }
        }));
        return operations;
    }

    /** {@code /a/{id}/b} and {@code /a/{other}/b} are the same route; a trailing slash is not significant. */
    private static String pattern(String path) {
        String p = path.replaceAll("\\{[^}]+}", "{}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static Map<String, Object> resolve(Object parameter) {
        Map<String, Object> p = map(parameter);
        Object ref = p.get("$ref");
        if (ref == null) {
            return p;
        }
        Map<String, Object> node = served;
        for (String part : ((String) ref).substring(2).split("/")) {
            node = map(node.get(part));
        }
        return node;
    }

    /** The path with each path parameter filled with a plausible value of its documented type. */
    private static String concrete(Operation op) {
        String path = op.path();
        for (Object parameter : list(op.definition().get("parameters"))) {
            Map<String, Object> p = resolve(parameter);
            if (!"path".equals(p.get("in"))) {
                continue;
            }
            Map<String, Object> schema = p.get("schema") == null ? Map.of() : map(p.get("schema"));
            String value = "uuid".equals(schema.get("format")) ? UUID.randomUUID().toString()
                    : "integer".equals(schema.get("type")) ? "1" : "documented-value";
            path = path.replace("{" + p.get("name") + "}", value);
        }
        assertFalse(path.contains("{"), "every path parameter of " + op.key() + " is documented: " + path);
        return path;
    }

    @Test
    void the_served_document_is_the_one_shipped_with_the_app() throws IOException {
        try (InputStream in = CypfApplication.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            Map<String, Object> shipped = new Yaml().load(in);
            assertEquals(shipped.get("paths"), served.get("paths"));
            assertEquals("3.1.0", served.get("openapi"));
        }
    }

    @TestFactory
    Stream<DynamicTest> every_documented_operation_reaches_a_handler_and_answers_a_documented_status() {
        List<Operation> operations = documented();
        assertTrue(operations.size() >= 10, "the document lists the app's operations: " + operations);
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.key(), () -> {
            String path = concrete(op);
            var response = cypf.send(op.method().toUpperCase(Locale.ROOT), path,
                    op.method().equals("post") || op.method().equals("put") ? "{}" : null);
            if (response.status() == 404) {
                assertTrue(response.isProblem(), response.body());
                JsonNode problem = response.json();
                assertNotEquals("urn:cypf:problem:http-404", problem.get("type").asText(),
                        op.key() + " is documented but no route serves " + path);
            }
            assertNotEquals(500, response.status(), op.key() + ": " + response.body());
            Set<String> statuses = map(op.definition().get("responses")).keySet();
            assertTrue(statuses.contains(String.valueOf(response.status())) || statuses.contains("default"),
                    op.key() + " answered " + response.status() + ", which the document does not list " + statuses
                            + ": " + response.body());
        }));
    }

    /** The services the running app mounts, at their prefixes (read from the app itself), plus the index. */
    private static List<String> servedRoutes() {
        List<String> routes = new ArrayList<>(List.of("GET /"));
        Map<String, HttpService> mounted = cypf.app().services();
        mounted.forEach((prefix, service) -> service.routing(recorder(prefix, routes, new LinkedHashMap<>())));
        return routes;
    }

    /** The routes declared through platform's {@link Route} helper, by "METHOD pattern": they know their api types. */
    private static Map<String, Route<?>> boundRoutes() {
        Map<String, Route<?>> bound = new LinkedHashMap<>();
        cypf.app().services().forEach((prefix, service) -> service.routing(recorder(prefix, new ArrayList<>(), bound)));
        return bound;
    }

    /** HttpRules that write down each route a service declares instead of serving it. */
    private static HttpRules recorder(String prefix, List<String> routes, Map<String, Route<?>> bound) {
        return (HttpRules) Proxy.newProxyInstance(HttpRules.class.getClassLoader(), new Class<?>[] {HttpRules.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (HTTP_METHODS.contains(name) && args != null && args.length == 2 && args[0] instanceof String path) {
                        String key = name.toUpperCase(Locale.ROOT) + " " + pattern(prefix + path);
                        routes.add(key);
                        if (args[1] instanceof Handler[] handlers && handlers.length == 1 && handlers[0] instanceof Route<?> r) {
                            bound.put(key, r);
                        }
                        return proxy;
                    }
                    if (name.equals("register") && args != null && args.length == 2 && args[0] instanceof String sub
                            && args[1] instanceof HttpService[] services) {
                        for (HttpService service : services) {
                            service.routing(recorder(prefix + sub, routes, bound));
                        }
                        return proxy;
                    }
                    return switch (name) {
                        case "toString" -> "route recorder at " + prefix;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new AssertionError("the route recorder does not understand HttpRules."
                                + name + " (used under " + prefix + "); teach it, so that no route goes unchecked");
                    };
                });
    }

    @Test
    void every_route_the_app_serves_is_documented() {
        List<String> routes = servedRoutes();
        assertTrue(routes.contains("POST /social-care/periods-of-care/{}/end"), "the recorder sees the routes: " + routes);
        Set<String> documented = new TreeSet<>(documented().stream().map(Operation::key).toList());
        Set<String> undocumented = new TreeSet<>(routes);
        undocumented.removeAll(documented);
        assertEquals(Set.of(), undocumented, "served but not in META-INF/openapi.yaml");
        assertEquals(documented, new TreeSet<>(routes), "documented but not declared by any mounted service");
    }

    /** The schema of one documented operation's JSON request body, or of its first 2xx answer; null when none. */
    private static Map<String, Object> documentedSchema(Operation op, boolean request) {
        if (request) {
            Object json = object(object(op.definition().get("requestBody")).get("content")).get("application/json");
            return json == null ? null : object(object(json).get("schema"));
        }
        for (Map.Entry<String, Object> e : object(op.definition().get("responses")).entrySet()) {
            if (e.getKey().startsWith("2")) {
                Object json = object(resolve(e.getValue()).get("content")).get("application/json");
                if (json != null) {
                    return object(object(json).get("schema"));
                }
            }
        }
        return null;
    }

    private static Map<String, Object> object(Object o) {
        return o == null ? Map.of() : map(o);
    }

    private static Map<String, Object> ref(String ref) {
        return resolve(Map.of("$ref", ref));
    }

    /** What one documented schema is compared with, and where the type came from. */
    record Expected(Map<String, Object> generated, String source) {}

    /**
     * Every request and response schema the document gives an operation is compared, both ways, with the one
     * generated from the api type that route binds or answers: a field documented but not in the type, a component
     * not documented, a different type, format, enum, item or required list each fail. The type comes from the route
     * itself, declared through platform's Route helper.
     */
    @TestFactory
    Stream<DynamicTest> every_documented_schema_is_the_one_generated_from_the_api_type_both_ways() {
        Map<String, Route<?>> bound = boundRoutes();
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation op : documented()) {
            for (boolean request : List.of(true, false)) {
                Map<String, Object> doc = documentedSchema(op, request);
                Expected expected = expected(request, bound.get(op.key()));
                String what = op.key() + (request ? " body" : " answer");
                if (expected == null) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(what + " = " + expected.source(), () -> {
                    assertTrue(doc != null, what + " is " + expected.source() + " but the document gives no schema");
                    List<String> differences = JsonSchemas.differences(what, doc, expected.generated(),
                            OpenApiContractTest::ref);
                    assertEquals(List.of(), differences, "the document and " + expected.source() + " disagree");
                }));
            }
        }
        assertTrue(tests.size() >= 30, "the schemas of the social care resources are compared: " + tests.size());
        return tests.stream();
    }

    private static Expected expected(boolean request, Route<?> route) {
        if (route == null || (request ? route.body() : route.answer()).isEmpty()) {
            return null;
        }
        return request ? new Expected(route.requestSchema().orElseThrow(), route.body().orElseThrow().getName())
                : new Expected(route.responseSchema().orElseThrow(), route.answer().orElseThrow().getName());
    }

    @Test
    void every_json_body_is_compared_with_an_api_type_unless_it_is_a_free_form_document() {
        Map<String, Route<?>> bound = boundRoutes();
        List<String> untyped = new ArrayList<>();
        List<String> typedFreeForm = new ArrayList<>();
        for (Operation op : documented()) {
            String key = op.method().toUpperCase(Locale.ROOT) + " " + op.path();
            Route<?> route = bound.get(op.key());
            boolean typed = route != null && route.body().isPresent();
            if (typed && DocumentedTypes.FREE_FORM_BODIES.contains(key)) {
                typedFreeForm.add(key);
            }
            if (documentedSchema(op, true) != null && !typed && !DocumentedTypes.FREE_FORM_BODIES.contains(key)) {
                untyped.add(key);
            }
        }
        assertEquals(List.of(), typedFreeForm, "these routes bind a command: remove them from DocumentedTypes");
        assertEquals(List.of(), untyped, "these JSON bodies are compared with no api type: declare the route's body "
                + "with Routes (or, for a free-form document, add it to DocumentedTypes.FREE_FORM_BODIES)");
    }

    @Test
    void every_route_the_app_serves_but_files_and_pages_is_declared_through_routes() {
        Map<String, Route<?>> bound = boundRoutes();
        List<String> undeclared = new ArrayList<>(servedRoutes());
        undeclared.removeAll(bound.keySet());
        assertEquals(DocumentedTypes.NOT_JSON, new TreeSet<>(undeclared),
                "a JSON route is declared with Routes; only files and pages are served from the rules themselves");
    }

    @Test
    void the_documented_paging_limits_are_the_ones_the_routes_apply() {
        Map<String, Object> size = ref("#/components/parameters/Size");
        assertEquals(PageRequest.MAX_SIZE, map(size.get("schema")).get("maximum"));
        assertTrue(String.valueOf(size.get("description")).contains(PageRequest.DEFAULT_SIZE + " if omitted"));
        assertEquals(1, map(ref("#/components/parameters/Page").get("schema")).get("minimum"));
    }

    // ---- every list is paged (issue 9, defect 8) ---------------------------------------------------------------

    private static final List<String> PAGE_FIELDS = List.of("count", "page", "size", "total", "hasNext");

    /** An answer that is a list: a top-level array, an object holding an array beside a count, or only an array. */
    private static boolean isCollection(JsonNode body) {
        if (body.isArray()) {
            return true;
        }
        boolean holdsArray = false;
        for (var it = body.elements(); it.hasNext(); ) {
            holdsArray |= it.next().isArray();
        }
        return body.isObject() && holdsArray && (body.has("count") || body.size() == 1);
    }

    private static boolean documentsPaging(Operation op) {
        List<String> refs = list(op.definition().get("parameters")).stream()
                .map(p -> String.valueOf(map(p).get("$ref"))).toList();
        return refs.contains("#/components/parameters/Page") && refs.contains("#/components/parameters/Size");
    }

    /** The path and required query parameters of a GET filled with plausible values of their documented types. */
    private static String concreteWithQuery(Operation op, String extra) {
        var query = new StringBuilder();
        for (Object parameter : list(op.definition().get("parameters"))) {
            Map<String, Object> p = resolve(parameter);
            if ("query".equals(p.get("in")) && Boolean.TRUE.equals(p.get("required"))) {
                Map<String, Object> schema = object(p.get("schema"));
                String value = "uuid".equals(schema.get("format")) ? UUID.randomUUID().toString()
                        : "date".equals(schema.get("format")) ? "2025-01-01" : "1";
                query.append(query.isEmpty() ? "?" : "&").append(p.get("name")).append('=').append(value);
            }
        }
        if (!extra.isEmpty()) {
            query.append(query.isEmpty() ? "?" : "&").append(extra);
        }
        return concrete(op) + query;
    }

    @Test
    void every_list_the_document_describes_is_paged_with_page_and_size_and_answers_the_page_fields() {
        List<String> unbounded = new ArrayList<>();
        int lists = 0;
        for (Operation op : documented()) {
            if (!op.method().equals("get")) {
                continue;
            }
            Map<String, Object> schema = documentedSchema(op, false);
            if (schema == null) {
                continue;
            }
            Map<String, Object> properties = object(schema.get("properties"));
            boolean array = "array".equals(schema.get("type"));
            boolean holdsArray = properties.values().stream().anyMatch(v -> "array".equals(object(v).get("type")));
            if (!array && !(holdsArray && (properties.containsKey("count") || properties.size() == 1))) {
                continue;
            }
            lists++;
            List<Object> required = list(schema.get("required"));
            if (array || !documentsPaging(op) || !properties.keySet().containsAll(PAGE_FIELDS)
                    || !required.containsAll(PAGE_FIELDS)) {
                unbounded.add(op.key());
            }
            Object size = object(properties.get("size")).get("maximum");
            if (!array && !Integer.valueOf(PageRequest.MAX_SIZE).equals(size)) {
                unbounded.add(op.key() + " (size maximum " + size + ")");
            }
        }
        assertTrue(lists >= 12, "the document's lists are found: " + lists);
        assertEquals(List.of(), unbounded, "a list is answered a page at a time: document ?page and ?size "
                + "(components/parameters/Page, Size) and the fields " + PAGE_FIELDS + " (PageRequest.answer)");
    }

    @Test
    void every_list_the_app_answers_is_a_page_and_refuses_a_page_over_the_documented_maximum() {
        List<String> unbounded = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        int lists = 0;
        for (Operation op : documented()) {
            if (!op.method().equals("get") || op.path().equals("/openapi")) {
                continue;
            }
            var response = cypf.send("GET", concreteWithQuery(op, ""), null);
            if (response.status() == 200 && "application/json".equals(response.contentType())
                    && isCollection(response.json())) {
                lists++;
                JsonNode body = response.json();
                if (!documentsPaging(op) || !PAGE_FIELDS.stream().allMatch(body::has)) {
                    unbounded.add(op.key() + " answered " + body.fieldNames().next() + "... without paging");
                }
            }
            if (documentsPaging(op)) {
                var tooLarge = cypf.send("GET", concreteWithQuery(op, "size=" + (PageRequest.MAX_SIZE + 1)), null);
                if (tooLarge.status() != 400 || !tooLarge.body().contains("\"field\":\"size\"")) {
                    unchecked.add(op.key() + " answered " + tooLarge.status() + " to size=" + (PageRequest.MAX_SIZE + 1));
                }
            }
        }
        assertTrue(lists >= 8, "the app's lists are reached: " + lists);
        assertEquals(List.of(), unbounded, "a JSON route answered an unbounded collection");
        assertEquals(List.of(), unchecked, "a paged route applies PageRequest.MAX_SIZE before reading the list");
    }

    @Test
    void every_create_that_binds_a_body_documents_the_idempotency_key() {
        Map<String, Route<?>> bound = boundRoutes();
        List<String> creates = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (Operation op : documented()) {
            Route<?> route = bound.get(op.key());
            if (route == null || route.status().code() != 201 || route.body().isEmpty()) {
                continue;
            }
            creates.add(op.key());
            List<String> refs = list(op.definition().get("parameters")).stream()
                    .map(p -> String.valueOf(map(p).get("$ref"))).toList();
            Set<String> statuses = map(op.definition().get("responses")).keySet();
            if (!refs.contains("#/components/parameters/IdempotencyKey") || !statuses.containsAll(Set.of("409", "422"))) {
                undocumented.add(op.key());
            }
        }
        assertTrue(creates.size() >= 8, "the creates are found: " + creates);
        assertEquals(List.of(), undocumented, "a create honours Idempotency-Key (ADR 0030): document the header "
                + "(components/parameters/IdempotencyKey) and its 409 and 422");
    }
}
