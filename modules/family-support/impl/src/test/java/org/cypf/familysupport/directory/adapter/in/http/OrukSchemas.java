package org.cypf.familysupport.directory.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The Open Referral UK JSON Schemas kept in test resources (oruk/README.md), as assertions. */
public final class OrukSchemas {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private OrukSchemas() {}

    private static Schema schema(String name) {
        return REGISTRY.getSchema(SchemaLocation.of("classpath:oruk/" + name));
    }

    /** What the ORUK schema {@code name} finds wrong with {@code json}. */
    public static List<String> errors(String name, JsonNode json) {
        return schema(name).validate(json).stream().map(e -> e.toString()).toList();
    }

    /** {@code json} is valid against the ORUK schema {@code name} (e.g. service.json). */
    public static void assertValid(String name, JsonNode json) {
        List<String> errors = errors(name, json);
        assertEquals(List.of(), errors, "against ORUK " + name + ": " + json);
    }

    /** {@code page} is an ORUK Page whose every content is valid against {@code itemSchema}. */
    public static void assertPage(String itemSchema, JsonNode page) {
        assertValid("page.json", page);
        page.get("contents").forEach(item -> assertValid(itemSchema, item));
    }
}
