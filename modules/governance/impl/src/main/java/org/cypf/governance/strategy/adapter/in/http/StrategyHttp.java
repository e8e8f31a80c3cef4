package org.cypf.governance.strategy.adapter.in.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.strategy.MeasureObservations;
import org.cypf.governance.api.strategy.ObservationSubmission;
import org.cypf.governance.api.strategy.Strategies;
import org.cypf.governance.api.strategy.StoredStrategy;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyEdit;
import org.cypf.governance.api.strategy.StrategyScorecards;
import org.cypf.governance.api.strategy.StrategySummary;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.platform.http.RouteRequest;
import org.cypf.platform.http.Routes;

/**
 * Strategies as data, mounted at {@value #PREFIX}: load (JSON or YAML), read, replace or edit a part with the
 * version read ({@code If-Match}), submit observations (JSON or CSV), and the board's views (scorecard,
 * programme, printable board pack). Changes need the caller headers and a partner organisation.
 */
public final class StrategyHttp implements HttpService {
    public static final String PREFIX = "/governance/strategies";
    private static final int MAX_CSV_BYTES = 5 * 1024 * 1024;
    /** The start of a JSON observation row's path, {@code [1].observation}, as the checks name it: {@code rows[1]}. */
    private static final Pattern ROW_PATH = Pattern.compile("^\\[(\\d+)](?:\\.observation)?");

    record ObservationBody(String measureId, StrategyDocument.Observation observation) {}

    private final Strategies strategies;
    private final MeasureObservations observations;
    private final StrategyScorecards scorecards;
    private final Clock clock;

    public StrategyHttp(Strategies strategies, MeasureObservations observations, StrategyScorecards scorecards, Clock clock) {
        this.strategies = strategies;
        this.observations = observations;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        var reads = Routes.anonymous(rules);
        var changes = Routes.on(rules, Caller::from);
        reads.get("/", (nobody, req) -> req.page().answer("strategies", strategies.strategies()));
        changes.post("/", (caller, req) -> strategies.load(caller, StrategyBodies.read(req.request(), StrategyDocument.class)))
                .created(loaded -> "/" + loaded.strategyId()).etag(StrategySummary::version);
        // answers leave out the fields a strategy does not have, rather than list them as null
        reads.get("/{id}", (nobody, req) -> Present.only(strategies.strategy(id(req))))
                .etag(node -> node.path("version").asLong());
        changes.put("/{id}", (caller, req) -> strategies.replace(caller, id(req),
                StrategyBodies.read(req.request(), StrategyDocument.class), req.ifMatch())).etag(StrategySummary::version);
        changes.put("/{id}/{section}/{itemId}", this::edit).etag(StrategySummary::version);
        reads.get("/{id}/changes", (nobody, req) -> req.page().answer("changes", strategies.changes(id(req))));
        changes.post("/{id}/observations", this::submit);
        changes.post("/{id}/observations/approvals", (caller, req) -> Map.of("approved",
                observations.approve(caller, id(req), approvals(req.request()))));
        reads.get("/{id}/measures/{measureId}/observations", (nobody, req) -> observationPage(req));
        // one period's commentary on a measure, by its owner or the performance team (ADR 0027)
        changes.post("/{id}/measures/{measureId}/commentary", (caller, req) -> strategies.writeCommentary(caller,
                id(req), req.path("measureId", String.class),
                StrategyBodies.read(req.request(), StrategyDocument.Commentary.class))).etag(StrategySummary::version);
        reads.get("/{id}/scorecard", (nobody, req) -> Present.only(scorecards.scorecard(id(req), req.dateOrToday("date", clock),
                req.query("by", String.class).map(StrategyHttp::grouping).orElse(StrategyScorecards.Grouping.OUTCOME))));
        reads.get("/{id}/boards/{boardId}/pack", (nobody, req) -> Present.only(scorecards.boardPack(id(req),
                req.path("boardId", String.class), req.requiredQuery("date", LocalDate.class))));
        reads.get("/{id}/links", (nobody, req) -> req.page().answer(Map.of("item", item(req)), "linked",
                scorecards.linked(id(req), item(req))));
        reads.get("/{id}/programme", (nobody, req) -> scorecards.programme(id(req), req.dateOrToday("date", clock),
                riskScoreAbove(req)));
        // A page, not JSON: on the rules themselves, reading its parameters the same way.
        rules.get("/{id}/board-pack", this::boardPack);
    }

    /** A page of a measure's values, read a page at a time from the database however many there are. */
    private Map<String, Object> observationPage(RouteRequest req) {
        var page = req.page();
        String measureId = req.path("measureId", String.class);
        long total = observations.countObservations(id(req), measureId);
        var items = observations.observations(id(req), measureId, page.offset(), page.size());
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("observations", Present.only(items));
        answer.put("count", items.size());
        answer.put("page", page.page());
        answer.put("size", page.size());
        answer.put("total", total);
        answer.put("hasNext", page.hasNext(total));
        return answer;
    }

    private static String item(RouteRequest req) {
        return req.query("item", String.class).filter(s -> !s.isBlank())
                .orElseThrow(() -> InvalidInput.of("item", "is required: an item written kind/id, e.g. priority/p1"));
    }

    /** The approval rows; a row that cannot be read is named {@code rows[i]} like a checked one. */
    private static List<org.cypf.governance.api.strategy.ObservationKey> approvals(ServerRequest req) {
        try {
            return Arrays.asList(StrategyBodies.read(req, org.cypf.governance.api.strategy.ObservationKey[].class));
        } catch (InvalidInput e) {
            throw new InvalidInput(e.violations().stream()
                    .map(v -> new FieldViolation(ROW_PATH.matcher(v.field()).replaceFirst("rows[$1]"), v.reason()))
                    .toList());
        }
    }

    private StrategySummary edit(Caller caller, RouteRequest req) {
        String itemId = req.path("itemId", String.class);
        String section = req.path("section", String.class);
        ServerRequest body = req.request();
        StrategyEdit edit = switch (section) {
            case "measures" -> new StrategyEdit.Measure(itemId, StrategyBodies.read(body, StrategyDocument.MeasureSpec.class));
            case "priorities" -> new StrategyEdit.Priority(itemId, StrategyBodies.read(body, StrategyDocument.Priority.class));
            case "risks" -> new StrategyEdit.Risk(itemId, StrategyBodies.read(body, StrategyDocument.Risk.class));
            case "projects" -> new StrategyEdit.Project(itemId, StrategyBodies.read(body, StrategyDocument.Project.class));
            case "actions" -> new StrategyEdit.Action(itemId, StrategyBodies.read(body, StrategyDocument.Action.class));
            case "boards" -> new StrategyEdit.Board(itemId, StrategyBodies.read(body, StrategyDocument.Board.class));
            default -> throw new NotFound("a strategy has no editable section " + section
                    + " (measures, priorities, risks, projects, actions, boards)");
        };
        return strategies.edit(caller, id(req), edit, req.ifMatch());
    }

    private Map<String, Integer> submit(Caller caller, RouteRequest route) {
        ServerRequest req = route.request();
        boolean csv = req.headers().contentType().map(t -> t.subtype().toLowerCase(Locale.ROOT).equals("csv")).orElse(false);
        List<ObservationSubmission> rows;
        if (csv) {
            var parsed = ObservationCsv.read(text(req));
            if (!parsed.violations().isEmpty()) {
                throw unreadableRows(parsed, observations.check(caller, id(route), parsed.rows()));
            }
            rows = parsed.rows();
        } else {
            rows = Arrays.stream(observationBodies(req))
                    .map(b -> b == null ? null : new ObservationSubmission(b.measureId(), b.observation())).toList();
        }
        return Map.of("stored", observations.submit(caller, id(route), rows));
    }

    /**
     * The JSON rows; a row that cannot be read is named as the checks name rows, {@code rows[1].asAt} rather than
     * the body's own path {@code [1].observation.asAt}, so a client meets one naming whatever went wrong.
     */
    private static ObservationBody[] observationBodies(ServerRequest req) {
        try {
            return StrategyBodies.read(req, ObservationBody[].class);
        } catch (InvalidInput e) {
            throw new InvalidInput(e.violations().stream()
                    .map(v -> new FieldViolation(ROW_PATH.matcher(v.field()).replaceFirst("rows[$1]"), v.reason()))
                    .toList());
        }
    }

    /**
     * A file some of whose cells could not be read: those cells, and what the strategy's rules find wrong with the
     * rest, in row order. A field the reader already named is not named again (an unreadable date is not also
     * "required").
     */
    private static InvalidInput unreadableRows(ObservationCsv.Parsed parsed, List<FieldViolation> checked) {
        Set<String> named = parsed.violations().stream().map(FieldViolation::field).collect(Collectors.toSet());
        List<FieldViolation> all = new ArrayList<>(parsed.violations());
        checked.stream().filter(v -> !named.contains(v.field())).forEach(all::add);
        all.sort(Comparator.comparingInt(StrategyHttp::rowNumber));
        return new InvalidInput(all);
    }

    private static int rowNumber(FieldViolation violation) {
        String field = violation.field();
        if (!field.startsWith("rows[")) {
            return -1;
        }
        int end = field.indexOf(']');
        try {
            return Integer.parseInt(field.substring("rows[".length(), end));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void boardPack(ServerRequest http, ServerResponse res) {
        var req = RouteRequest.of(http);
        String id = id(req);
        LocalDate meeting = req.query("meeting", LocalDate.class)
                .orElseThrow(() -> InvalidInput.of("meeting", "is required: the meeting date as yyyy-mm-dd"));
        var strategy = strategies.strategy(id).document();
        var board = req.query("board", String.class).filter(b -> !b.isBlank());
        var card = scorecards.scorecard(id, meeting, StrategyScorecards.Grouping.OUTCOME);
        var programme = scorecards.programme(id, meeting, 0);
        var pack = board.map(b -> scorecards.boardPack(id, b, meeting)).orElse(null);
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
        res.send(BoardPackPage.render(strategy, meeting, card, programme, pack).getBytes(StandardCharsets.UTF_8));
    }

    private static String id(RouteRequest req) {
        return req.path("id", String.class);
    }

    private static int riskScoreAbove(RouteRequest req) {
        int above = req.query("riskScoreAbove", Integer.class).orElse(0);
        if (above < 0 || above > 25) {
            throw InvalidInput.of("riskScoreAbove", "must be between 0 and 25 (likelihood x impact)");
        }
        return above;
    }

    private static StrategyScorecards.Grouping grouping(String by) {
        return switch (by.toLowerCase(Locale.ROOT)) {
            case "outcome" -> StrategyScorecards.Grouping.OUTCOME;
            case "area" -> StrategyScorecards.Grouping.AREA;
            default -> throw InvalidInput.of("by", "must be outcome or area");
        };
    }

    private static String text(ServerRequest req) {
        try (var in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_CSV_BYTES + 1);
            if (bytes.length > MAX_CSV_BYTES) {
                throw InvalidInput.of("$", "the file is larger than 5 MB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
