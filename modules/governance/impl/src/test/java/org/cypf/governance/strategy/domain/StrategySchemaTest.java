package org.cypf.governance.strategy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture;
import org.cypf.platform.json.JsonMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published JSON Schema (docs/strategies/strategy.schema.json) and the document the API reads name the same
 * fields, so a file a tool accepts is one the API can read, and the reverse.
 */
class StrategySchemaTest {
    private static final JsonNode SCHEMA = schema();

    private static JsonNode schema() {
        try {
            return JsonMapping.clients().readTree(StrategyFixture.strategiesFolder().resolve("strategy.schema.json").toFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> schemaFields(JsonNode object) {
        assertFalse(object.isMissingNode(), "no such object in the schema");
        assertEquals(false, object.path("additionalProperties").asBoolean(true), "closed to unknown fields like the API");
        return new TreeSet<>(iterable(object.get("properties").fieldNames()));
    }

    private static Set<String> recordFields(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> iterable(java.util.Iterator<String> names) {
        Set<String> set = new TreeSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "'',                                                  StrategyDocument",
            "/properties/partnership,                             Partnership",
            "/properties/period,                                  Period",
            "/properties/principles/items,                        Principle",
            "/properties/mnemonics/items,                         Mnemonic",
            "/properties/mnemonics/items/properties/letters/items, Letter",
            "/properties/alignments/items,                        Alignment",
            "/properties/outcomes/items,                          Outcome",
            "/properties/areas/items,                             Area",
            "/properties/horizons/items,                          Horizon",
            "/properties/priorities/items,                        Priority",
            "/properties/partners/items,                          Partner",
            "/properties/measures/items,                          MeasureSpec",
            "/properties/measures/items/properties/source,        Source",
            "/$defs/observation,                                  Observation",
            "/properties/measures/items/properties/targets/items, Target",
            "/properties/measures/items/properties/benchmarks/items, Benchmark",
            "/properties/programme,                               Programme",
            "/properties/programme/properties/projects/items,     Project",
            "/properties/programme/properties/projects/items/properties/milestones/items, Milestone",
            "/properties/programme/properties/benefits/items,     Benefit",
            "/properties/programme/properties/risks/items,        Risk",
            "/properties/programme/properties/resources/items,    Resource",
            "/properties/actionPlan/items,                        Action",
            "/properties/boards/items,                            Board",
            "/properties/boards/items/properties/meetings/items,  Meeting",
            "/properties/boards/items/properties/meetings/items/properties/actions/items, MeetingAction",
            "/properties/succession,                              Succession",
            "/properties/succession/properties/progress/items,    Progress",
            "/$defs/commentary,                                   Commentary",
            "/properties/ratingScale,                             RatingScale",
            "/properties/ratingScale/properties/bands/items,      RatingBand",
            "/properties/standards/items,                         Standard",
            "/properties/links/items,                             Link",
    })
    void the_schema_and_the_document_name_the_same_fields(String pointer, String record) throws ClassNotFoundException {
        Class<?> type = record.equals("StrategyDocument") ? StrategyDocument.class
                : Class.forName(StrategyDocument.class.getName() + "$" + record);
        assertEquals(recordFields(type), schemaFields(SCHEMA.at(pointer)));
    }

    @Test
    void the_schema_lists_the_polarities_and_frequencies_the_scorecard_knows() {
        assertEquals(Arrays.stream(Polarity.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                enumOf("/$defs/polarity"));
        assertEquals(Arrays.stream(Frequency.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                enumOf("/$defs/frequency"));
    }

    private static Set<String> enumOf(String pointer) {
        return StreamSupport.stream(SCHEMA.at(pointer).get("enum").spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
