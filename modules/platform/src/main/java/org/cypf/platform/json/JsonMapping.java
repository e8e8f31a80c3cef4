package org.cypf.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The two JSON dialects of CYPF; both write dates as ISO-8601 text ({@code 2025-03-31}). */
public final class JsonMapping {
    private static final ObjectMapper CLIENTS = base()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final ObjectMapper CLIENTS_YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final ObjectMapper EVENTS = base()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonMapping() {}

    /** For what clients send: strict, so a misspelt field is refused by name rather than silently ignored. */
    public static ObjectMapper clients() {
        return CLIENTS;
    }

    /** The same strict reading for documents clients send as YAML (e.g. a strategy file). */
    public static ObjectMapper clientsYaml() {
        return CLIENTS_YAML;
    }

    /**
     * Reads a YAML file strictly into {@code type}, for parts that may not use the JSON library themselves (the demo
     * data generator reads the seed strategies with it, ADR 0090).
     */
    public static <T> T readYaml(java.nio.file.Path file, Class<T> type) throws java.io.IOException {
        return CLIENTS_YAML.readValue(file.toFile(), type);
    }

    /** For integration events: tolerant of fields a newer publisher added, so subscribers can lag behind. */
    public static ObjectMapper events() {
        return EVENTS;
    }

    private static JsonMapper.Builder base() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}
