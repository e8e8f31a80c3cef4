package org.cypf.familysupport.directory.adapter.out.oruk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cypf.familysupport.directory.domain.Coordinates;
import org.cypf.familysupport.directory.domain.DirectoryFeed;
import org.cypf.familysupport.directory.domain.DirectoryRecord;
import org.cypf.familysupport.directory.domain.Eligibility;
import org.cypf.familysupport.directory.domain.ListedService;
import org.cypf.familysupport.directory.domain.Opening;
import org.cypf.familysupport.directory.domain.Place;
import org.cypf.familysupport.directory.domain.ServiceStatus;
import org.cypf.familysupport.directory.port.FeedFormat;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;

/**
 * A feed in the Open Referral UK layout: an ORUK page whose {@code contents} are fully nested services (what
 * another directory's {@code /services?full=true} answers). Each refusal names the field by its path in the feed
 * ({@code contents[2].minimum_age}) and the rule it breaks; one refusal refuses the feed whole.
 */
public final class OrukFeedFormat implements FeedFormat {
    /** The one-to-one fields of a service: what ORUK's service_list carries. */
    private static final List<String> LIST_FIELDS = List.of("id", "organization_id", "name", "description", "url",
            "email", "status", "fees", "accreditations", "minimum_age", "maximum_age", "assured_date",
            "assurer_email", "alert", "last_modified");
    private static final Map<String, DayOfWeek> BYDAY = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public DirectoryFeed read(String source, String feed) {
        JsonNode root;
        try {
            root = feed == null ? null : json.readTree(feed);
        } catch (JsonProcessingException e) {
            throw InvalidInput.of("feed", "is not JSON");
        }
        if (root == null || !root.isObject() || !root.path("contents").isArray()) {
            throw InvalidInput.of("contents", "is required: an ORUK page whose contents are services");
        }
        var v = new Violations();
        Map<UUID, DirectoryRecord> organizations = new LinkedHashMap<>();
        Map<UUID, DirectoryRecord> taxonomies = new LinkedHashMap<>();
        Map<UUID, DirectoryRecord> terms = new LinkedHashMap<>();
        List<ListedService> services = new ArrayList<>();
        Set<UUID> serviceIds = new HashSet<>();
        JsonNode contents = root.get("contents");
        for (int i = 0; i < contents.size(); i++) {
            String at = "contents[" + i + "]";
            JsonNode s = contents.get(i);
            if (!s.isObject()) {
                v.add(at, "must be a service object");
                continue;
            }
            UUID id = uuid(v, s, at + ".id", true);
            if (id != null && !serviceIds.add(id)) {
                v.add(at + ".id", "appears twice in the feed (a service's identifier is unique)");
            }
            String name = text(v, s, at + ".name", true);
            String statusCode = text(v, s, at + ".status", true);
            Optional<ServiceStatus> status = Optional.ofNullable(statusCode).flatMap(ServiceStatus::ofCode);
            if (statusCode != null && status.isEmpty()) {
                v.add(at + ".status", "must be one of active, inactive, defunct, temporarily closed");
            }
            UUID organizationId = organization(v, s, at, organizations);
            Eligibility eligibility = eligibility(v, s, at);
            boolean free = free(v, s, at);
            List<Opening> openings = openings(v, s, at);
            Set<UUID> termIds = terms(v, s, at, taxonomies, terms);
            List<DirectoryRecord> sals = serviceAtLocations(v, s, at, id);
            List<Place> places = places(v, s, at);
            if (v.isEmpty()) {
                services.add(new ListedService(id, organizationId, name, status.orElseThrow(), eligibility, free,
                        (name + " " + s.path("description").asText("")).strip(), openings, termIds, sals,
                        places, s.toString(), listDocument((ObjectNode) s)));
            }
        }
        v.throwIfAny();
        return new DirectoryFeed(source, digest(feed), feed, List.copyOf(organizations.values()),
                List.copyOf(taxonomies.values()), List.copyOf(terms.values()), services);
    }

    private UUID organization(Violations v, JsonNode s, String at, Map<UUID, DirectoryRecord> organizations) {
        UUID organizationId = uuid(v, s, at + ".organization_id", false);
        JsonNode o = s.get("organization");
        if (o == null || o.isNull()) {
            if (organizationId != null && !organizations.containsKey(organizationId)) {
                v.add(at + ".organization", "is required when organization_id names an organization the feed has "
                        + "not described yet");
            }
            return organizationId;
        }
        String oat = at + ".organization";
        UUID id = uuid(v, o, oat + ".id", true);
        String name = text(v, o, oat + ".name", true);
        text(v, o, oat + ".description", true);
        if (organizationId != null && id != null && !organizationId.equals(id)) {
            v.add(at + ".organization_id", "must be the id of the nested organization");
        }
        if (id != null && name != null) {
            ObjectNode document = ((ObjectNode) o).deepCopy();
            document.remove("services");
            organizations.putIfAbsent(id, new DirectoryRecord(id, null, name, document.toString()));
        }
        return id;
    }

    private static Eligibility eligibility(Violations v, JsonNode s, String at) {
        Optional<Integer> min = age(v, s, at + ".minimum_age");
        Optional<Integer> max = age(v, s, at + ".maximum_age");
        try {
            return new Eligibility(min, max);
        } catch (IllegalArgumentException e) {
            v.add(at + (e.getMessage().startsWith("minimum_age") ? ".minimum_age" : ".maximum_age"), e.getMessage());
            return new Eligibility(Optional.empty(), Optional.empty());
        }
    }

    private static Optional<Integer> age(Violations v, JsonNode s, String field) {
        JsonNode n = s.get(field.substring(field.lastIndexOf('.') + 1));
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isNumber() || n.asDouble() != Math.floor(n.asDouble()) || n.asDouble() < 0
                || n.asDouble() > Eligibility.OLDEST) {
            v.add(field, "must be a whole number of years from 0 to " + Eligibility.OLDEST);
            return Optional.empty();
        }
        return Optional.of(n.asInt());
    }

    /** Free: no cost option stated, or every one of amount 0. */
    private static boolean free(Violations v, JsonNode s, String at) {
        boolean free = true;
        JsonNode costs = s.path("cost_options");
        for (int i = 0; i < costs.size(); i++) {
            JsonNode amount = costs.get(i).get("amount");
            if (amount != null && !amount.isNull() && (!amount.isNumber() || amount.asDouble() < 0)) {
                v.add(at + ".cost_options[" + i + "].amount", "must be a number from 0");
            } else if (amount == null || amount.isNull() || amount.asDouble() > 0) {
                free = false;
            }
        }
        return free;
    }

    private static List<Opening> openings(Violations v, JsonNode s, String at) {
        List<Opening> openings = new ArrayList<>();
        JsonNode schedules = s.path("schedules");
        for (int i = 0; i < schedules.size(); i++) {
            String sat = at + ".schedules[" + i + "]";
            JsonNode sc = schedules.get(i);
            String byday = sc.path("byday").asText("");
            if (byday.isBlank() || (sc.hasNonNull("freq") && !"WEEKLY".equals(sc.get("freq").asText()))) {
                continue; // not a weekly opening: kept in the document, not searched by day
            }
            LocalTime opens = time(v, sc, sat + ".opens_at");
            LocalTime closes = time(v, sc, sat + ".closes_at");
            if (opens == null || closes == null) {
                continue;
            }
            if (!opens.isBefore(closes)) {
                v.add(sat + ".closes_at", "must be after opens_at");
                continue;
            }
            for (String day : byday.split(",")) {
                DayOfWeek d = BYDAY.get(day.strip());
                if (d == null) {
                    v.add(sat + ".byday", "must list days as MO,TU,WE,TH,FR,SA,SU (iCalendar BYDAY)");
                } else {
                    openings.add(new Opening(d, opens, closes));
                }
            }
        }
        return openings;
    }

    private static LocalTime time(Violations v, JsonNode sc, String field) {
        String raw = sc.path(field.substring(field.lastIndexOf('.') + 1)).asText("");
        if (raw.isBlank()) {
            v.add(field, "is required for a weekly opening (byday given)");
            return null;
        }
        try {
            return LocalTime.parse(raw.length() > 8 ? raw.substring(0, 8) : raw);
        } catch (DateTimeParseException e) {
            v.add(field, "must be a time of day, HH:mm or HH:mm:ss");
            return null;
        }
    }

    private Set<UUID> terms(Violations v, JsonNode s, String at, Map<UUID, DirectoryRecord> taxonomies,
                            Map<UUID, DirectoryRecord> terms) {
        Set<UUID> ids = new HashSet<>();
        JsonNode attributes = s.path("attributes");
        for (int i = 0; i < attributes.size(); i++) {
            JsonNode t = attributes.get(i).get("taxonomy_term");
            String tat = at + ".attributes[" + i + "].taxonomy_term";
            if (t == null || t.isNull()) {
                v.add(tat, "is required: the directory tags services by taxonomy term");
                continue;
            }
            UUID id = uuid(v, t, tat + ".id", true);
            String name = text(v, t, tat + ".name", true);
            text(v, t, tat + ".description", true);
            UUID taxonomyId = uuid(v, t, tat + ".taxonomy_id", false);
            if (id == null || name == null) {
                continue;
            }
            ids.add(id);
            if (taxonomyId != null) {
                String taxonomyName = t.path("taxonomy").asText("").isBlank() ? "Taxonomy " + taxonomyId
                        : t.get("taxonomy").asText();
                ObjectNode taxonomy = json.createObjectNode().put("id", taxonomyId.toString())
                        .put("name", taxonomyName).put("description", taxonomyName);
                taxonomies.putIfAbsent(taxonomyId, new DirectoryRecord(taxonomyId, null, taxonomyName,
                        taxonomy.toString()));
            }
            terms.putIfAbsent(id, new DirectoryRecord(id, taxonomyId, name, t.toString()));
        }
        return ids;
    }

    private static List<DirectoryRecord> serviceAtLocations(Violations v, JsonNode s, String at, UUID serviceId) {
        List<DirectoryRecord> sals = new ArrayList<>();
        JsonNode all = s.path("service_at_locations");
        for (int i = 0; i < all.size(); i++) {
            String lat = at + ".service_at_locations[" + i + "]";
            JsonNode sal = all.get(i);
            UUID id = uuid(v, sal, lat + ".id", true);
            JsonNode location = sal.get("location");
            if (location != null && !location.isNull()) {
                uuid(v, location, lat + ".location.id", true);
                text(v, location, lat + ".location.location_type", true);
            }
            if (id != null && serviceId != null) {
                ObjectNode document = ((ObjectNode) sal).deepCopy();
                document.put("service_id", serviceId.toString());
                if (location != null && location.hasNonNull("id")) {
                    document.put("location_id", location.get("id").asText());
                }
                sals.add(new DirectoryRecord(id, serviceId, location == null ? null : location.path("name")
                        .asText(null), document.toString()));
            }
        }
        return sals;
    }

    /**
     * The places of a service's locations: a location's latitude and longitude (both or neither), else the postcode
     * of its first address that reads as a UK postcode (placed later, from the postcode extract). A location's
     * address with no usable postcode is kept in the document but leaves the location unplaced: a distance search
     * cannot find it, and nothing else is refused for it.
     */
    private static List<Place> places(Violations v, JsonNode s, String at) {
        List<Place> places = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        JsonNode all = s.path("service_at_locations");
        for (int i = 0; i < all.size(); i++) {
            String lat = at + ".service_at_locations[" + i + "].location";
            JsonNode location = all.get(i).get("location");
            if (location == null || !location.isObject()) {
                continue;
            }
            UUID id;
            try {
                id = UUID.fromString(location.path("id").asText(""));
            } catch (IllegalArgumentException e) {
                continue; // refused by serviceAtLocations, naming the field
            }
            Optional<Coordinates> coordinates = coordinates(v, location, lat);
            Optional<Postcode> postcode = Optional.empty();
            for (JsonNode address : location.path("addresses")) {
                String text = address.path("postal_code").asText("");
                if (Postcode.isValid(text)) {
                    postcode = Optional.of(Postcode.parse(text));
                    break;
                }
            }
            if (seen.add(id)) {
                places.add(Place.described(id, coordinates, postcode));
            }
        }
        return places;
    }

    private static Optional<Coordinates> coordinates(Violations v, JsonNode location, String at) {
        JsonNode latitude = location.get("latitude");
        JsonNode longitude = location.get("longitude");
        boolean hasLatitude = latitude != null && !latitude.isNull();
        boolean hasLongitude = longitude != null && !longitude.isNull();
        if (!hasLatitude && !hasLongitude) {
            return Optional.empty();
        }
        if (!hasLatitude || !hasLongitude) {
            v.add(at + (hasLatitude ? ".longitude" : ".latitude"), "is required when the other coordinate is given");
            return Optional.empty();
        }
        if (!latitude.isNumber() || latitude.asDouble() < -90 || latitude.asDouble() > 90) {
            v.add(at + ".latitude", "must be a number of degrees from -90 to 90");
            return Optional.empty();
        }
        if (!longitude.isNumber() || longitude.asDouble() < -180 || longitude.asDouble() > 180) {
            v.add(at + ".longitude", "must be a number of degrees from -180 to 180");
            return Optional.empty();
        }
        return Optional.of(new Coordinates(latitude.asDouble(), longitude.asDouble()));
    }

    private static String listDocument(ObjectNode service) {
        ObjectNode list = service.objectNode();
        for (String field : LIST_FIELDS) {
            JsonNode n = service.get(field);
            if (n != null && !n.isNull() && n.isValueNode()) {
                list.set(field, n);
            }
        }
        return list.toString();
    }

    private static UUID uuid(Violations v, JsonNode node, String field, boolean required) {
        String raw = node.path(field.substring(field.lastIndexOf('.') + 1)).asText("");
        if (raw.isBlank()) {
            if (required) {
                v.add(field, "is required");
            }
            return null;
        }
        try {
            UUID id = UUID.fromString(raw);
            if (!id.toString().equalsIgnoreCase(raw)) {
                throw new IllegalArgumentException(raw);
            }
            return id;
        } catch (IllegalArgumentException e) {
            v.add(field, "must be a UUID (ORUK identifiers are UUIDs)");
            return null;
        }
    }

    private static String text(Violations v, JsonNode node, String field, boolean required) {
        JsonNode n = node.get(field.substring(field.lastIndexOf('.') + 1));
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            if (required) {
                v.add(field, "is required");
            }
            return null;
        }
        if (!n.isTextual()) {
            v.add(field, "must be text");
            return null;
        }
        return n.asText();
    }

    private static String digest(String feed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(feed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
