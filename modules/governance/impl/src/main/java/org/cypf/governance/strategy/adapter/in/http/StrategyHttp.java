package org.cypf.governance.strategy.adapter.in.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
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
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyEdit;
import org.cypf.governance.api.strategy.StrategyScorecards;
import org.cypf.governance.api.strategy.StrategySummary;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.platform.http.JsonBodies;
import org.cypf.platform.http.RequestParameters;

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
        rules.get("/", (req, res) -> JsonBodies.ok(res, Map.of("strategies", strategies.strategies())))
                .post("/", this::load)
                .get("/{id}", (req, res) -> {
                    var stored = strategies.strategy(id(req));
                    res.header(HeaderNames.ETAG, etag(stored.version()));
                    JsonBodies.ok(res, stored);
                })
                .put("/{id}", (req, res) -> changed(res, strategies.replace(caller(req), id(req),
                        JsonBodies.read(req, StrategyDocument.class), version(req))))
                .put("/{id}/{section}/{itemId}", this::edit)
                .get("/{id}/changes", (req, res) -> JsonBodies.ok(res, Map.of("changes", strategies.changes(id(req)))))
                .post("/{id}/observations", this::submit)
                .get("/{id}/measures/{measureId}/observations", (req, res) -> JsonBodies.ok(res, Map.of("observations",
                        observations.observations(id(req), req.path().pathParameters().get("measureId")))))
                .get("/{id}/scorecard", (req, res) -> JsonBodies.ok(res, scorecards.scorecard(id(req), date(req, "date"),
                        RequestParameters.query(req, "by", StrategyHttp::grouping).orElse(StrategyScorecards.Grouping.OUTCOME))))
                .get("/{id}/programme", (req, res) -> JsonBodies.ok(res, scorecards.programme(id(req), date(req, "date"),
                        riskScoreAbove(req))))
                .get("/{id}/board-pack", this::boardPack);
    }

    private void load(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        StrategySummary loaded = strategies.load(caller, JsonBodies.read(req, StrategyDocument.class));
        res.header(HeaderNames.LOCATION, PREFIX + "/" + loaded.strategyId());
        res.header(HeaderNames.ETAG, etag(loaded.version()));
        JsonBodies.send(res, Status.CREATED_201, loaded);
    }

    private void edit(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        String itemId = req.path().pathParameters().get("itemId");
        String section = req.path().pathParameters().get("section");
        StrategyEdit edit = switch (section) {
            case "measures" -> new StrategyEdit.Measure(itemId, JsonBodies.read(req, StrategyDocument.MeasureSpec.class));
            case "priorities" -> new StrategyEdit.Priority(itemId, JsonBodies.read(req, StrategyDocument.Priority.class));
            case "risks" -> new StrategyEdit.Risk(itemId, JsonBodies.read(req, StrategyDocument.Risk.class));
            case "projects" -> new StrategyEdit.Project(itemId, JsonBodies.read(req, StrategyDocument.Project.class));
            case "actions" -> new StrategyEdit.Action(itemId, JsonBodies.read(req, StrategyDocument.Action.class));
            case "boards" -> new StrategyEdit.Board(itemId, JsonBodies.read(req, StrategyDocument.Board.class));
            default -> throw new NotFound("a strategy has no editable section " + section
                    + " (measures, priorities, risks, projects, actions, boards)");
        };
        changed(res, strategies.edit(caller, id(req), edit, version(req)));
    }

    private void submit(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        boolean csv = req.headers().contentType().map(t -> t.subtype().toLowerCase(Locale.ROOT).equals("csv")).orElse(false);
        List<ObservationSubmission> rows;
        if (csv) {
            var parsed = ObservationCsv.read(text(req));
            if (!parsed.violations().isEmpty()) {
                throw unreadableRows(parsed, observations.check(caller, id(req), parsed.rows()));
            }
            rows = parsed.rows();
        } else {
            rows = Arrays.stream(observationBodies(req))
                    .map(b -> b == null ? null : new ObservationSubmission(b.measureId(), b.observation())).toList();
        }
        int stored = observations.submit(caller, id(req), rows);
        JsonBodies.ok(res, Map.of("stored", stored));
    }

    /**
     * The JSON rows; a row that cannot be read is named as the checks name rows, {@code rows[1].asAt} rather than
     * the body's own path {@code [1].observation.asAt}, so a client meets one naming whatever went wrong.
     */
    private static ObservationBody[] observationBodies(ServerRequest req) {
        try {
            return JsonBodies.read(req, ObservationBody[].class);
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

    private void boardPack(ServerRequest req, ServerResponse res) {
        String id = id(req);
        LocalDate meeting = RequestParameters.query(req, "meeting", LocalDate::parse)
                .orElseThrow(() -> InvalidInput.of("meeting", "is required: the meeting date as yyyy-mm-dd"));
        var strategy = strategies.strategy(id).document();
        var card = scorecards.scorecard(id, meeting, StrategyScorecards.Grouping.OUTCOME);
        var programme = scorecards.programme(id, meeting, 0);
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
        res.send(BoardPackPage.render(strategy, meeting, card, programme).getBytes(StandardCharsets.UTF_8));
    }

    private static void changed(ServerResponse res, StrategySummary summary) {
        res.header(HeaderNames.ETAG, etag(summary.version()));
        JsonBodies.ok(res, summary);
    }

    private static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }

    private LocalDate date(ServerRequest req, String name) {
        return RequestParameters.query(req, name, LocalDate::parse).orElse(LocalDate.now(clock));
    }

    private static int riskScoreAbove(ServerRequest req) {
        int above = RequestParameters.query(req, "riskScoreAbove", Integer::parseInt).orElse(0);
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

    /** The version the client read, from {@code If-Match: "3"} (the ETag of a GET) or {@code ?version=3}. */
    private static long version(ServerRequest req) {
        String raw = RequestParameters.header(req, "If-Match")
                .or(() -> req.query().first("version").asOptional())
                .orElseThrow(() -> InvalidInput.of("If-Match", "is required: send the ETag (version) you read"));
        try {
            return Long.parseLong(raw.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "must be the version number you read, e.g. \"3\"");
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static Caller caller(ServerRequest req) {
        return Caller.fromHeaders(name -> RequestParameters.header(req, name));
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
