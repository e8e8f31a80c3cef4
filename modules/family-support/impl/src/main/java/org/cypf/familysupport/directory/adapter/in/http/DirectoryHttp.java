package org.cypf.familysupport.directory.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.cypf.familysupport.api.directory.ImportDirectoryFeed;
import org.cypf.familysupport.api.directory.OrukDocument;
import org.cypf.familysupport.api.directory.OrukPage;
import org.cypf.familysupport.api.directory.OrukPaging;
import org.cypf.familysupport.api.directory.ServiceDirectory;
import org.cypf.familysupport.api.directory.ServiceSearch;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.RouteRequest;
import org.cypf.platform.http.Routes;

/**
 * The service directory as the Open Referral UK profile's API: {@code /services}, {@code /services/{id}},
 * {@code /service_at_locations}, {@code /taxonomies} and {@code /taxonomy_terms}, public (no caller: directory data
 * holds no family's record), answered in ORUK's own field names and {@code Page} envelope. The import of another
 * directory's feed needs a caller.
 */
public final class DirectoryHttp implements HttpService {
    private static final Map<String, DayOfWeek> BYDAY = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceDirectory directory;

    public DirectoryHttp(ServiceDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void routing(HttpRules rules) {
        var open = Routes.anonymous(rules);
        open.get("/services", (nobody, req) -> {
            var v = new Violations();
            OrukPaging paging = paging(req, v);
            ServiceSearch search = search(req, v);
            v.throwIfAny();
            return page(directory.services(search, paging));
        });
        open.get("/services/{id}", (nobody, req) -> document(directory.service(req.path("id", UUID.class))));
        open.get("/service_at_locations", (nobody, req) -> page(directory.serviceAtLocations(paging(req))));
        open.get("/taxonomies", (nobody, req) -> page(directory.taxonomies(paging(req))));
        open.get("/taxonomy_terms", (nobody, req) -> {
            var v = new Violations();
            OrukPaging paging = paging(req, v);
            Optional<UUID> taxonomy = parse(req, v, "taxonomy_id", UUID::fromString, "must be a UUID");
            v.throwIfAny();
            return page(directory.taxonomyTerms(taxonomy, paging));
        });
        Routes.on(rules, Caller::from).post("/directory/imports", (caller, req) -> {
            String source = req.requiredQuery("source", String.class);
            return directory.importFeed(caller, new ImportDirectoryFeed(source, req.request().content().as(String.class)));
        });
    }

    private static OrukPaging paging(RouteRequest req) {
        var v = new Violations();
        OrukPaging paging = paging(req, v);
        v.throwIfAny();
        return paging;
    }

    /** ORUK's {@code page} and {@code per_page}, both checked before either is refused. */
    private static OrukPaging paging(RouteRequest req, Violations v) {
        int page = parse(req, v, "page", Integer::parseInt, "must be a whole number from 1").filter(p -> {
            v.check(p >= 1, "page", "must be a whole number from 1");
            return p >= 1;
        }).orElse(1);
        String perPageRule = "must be a whole number from 1 to " + OrukPaging.MAX_PER_PAGE;
        int perPage = parse(req, v, "per_page", Integer::parseInt, perPageRule).filter(p -> {
            boolean ok = p >= 1 && p <= OrukPaging.MAX_PER_PAGE;
            v.check(ok, "per_page", perPageRule);
            return ok;
        }).orElse(OrukPaging.DEFAULT_PER_PAGE);
        return new OrukPaging(page, perPage);
    }

    private static ServiceSearch search(RouteRequest req, Violations v) {
        String ageRule = "must be a whole number of years from 0 to 130";
        Optional<Integer> age = parse(req, v, "age", Integer::parseInt, ageRule).filter(a -> {
            v.check(a >= 0 && a <= 130, "age", ageRule);
            return a >= 0 && a <= 130;
        });
        Optional<Boolean> free = parse(req, v, "free", text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        }, "must be true or false");
        Optional<String> text = req.query("search", String.class).map(String::strip);
        text.ifPresent(t -> v.check(t.length() <= 200, "search", "must be at most 200 characters"));
        String postcodeRule = "must be a UK postcode such as ST4 1HH";
        Optional<String> postcode = parse(req, v, "postcode", p -> Postcode.parse(p).value(), postcodeRule);
        String proximityRule = "must be a whole number of metres from 1 to " + ServiceSearch.MAX_PROXIMITY_METRES;
        Optional<Integer> proximity = parse(req, v, "proximity", Integer::parseInt, proximityRule).filter(m -> {
            boolean ok = m >= 1 && m <= ServiceSearch.MAX_PROXIMITY_METRES;
            v.check(ok, "proximity", proximityRule);
            return ok;
        });
        if (proximity.isPresent() && postcode.isEmpty() && v.list().stream().noneMatch(f -> f.field().equals("postcode"))) {
            v.add("proximity", "needs a postcode to measure from");
        }
        return new ServiceSearch(age,
                parse(req, v, "taxonomy_term_id", UUID::fromString, "must be a UUID"),
                parse(req, v, "taxonomy_id", UUID::fromString, "must be a UUID"),
                parse(req, v, "day", text1 -> Optional.ofNullable(BYDAY.get(text1)).orElseThrow(),
                        "must be one of MO, TU, WE, TH, FR, SA, SU"),
                parse(req, v, "time", LocalTime::parse, "must be a time of day, HH:mm"),
                free, text.filter(t -> t.length() <= 200), postcode, proximity);
    }

    private static <T> Optional<T> parse(RouteRequest req, Violations v, String name, Function<String, T> parser,
                                         String rule) {
        Optional<String> raw = req.request().query().first(name).asOptional().filter(s -> !s.isBlank());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(raw.get().strip()));
        } catch (RuntimeException e) {
            v.add(name, rule);
            return Optional.empty();
        }
    }

    /** The page in ORUK's field names, each content the ORUK document itself. */
    private static JsonNode page(OrukPage page) {
        ObjectNode body = JSON.createObjectNode().put("total_items", page.totalItems())
                .put("total_pages", page.totalPages()).put("page_number", page.pageNumber()).put("size", page.size())
                .put("first_page", page.firstPage()).put("last_page", page.lastPage()).put("empty", page.empty());
        ArrayNode contents = body.putArray("contents");
        page.contents().forEach(d -> contents.add(document(d)));
        return body;
    }

    private static JsonNode document(OrukDocument document) {
        try {
            return JSON.readTree(document.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the directory stored a document that is not JSON: " + document.id(), e);
        }
    }
}
