package org.cypf.governance.strategy.adapter.in.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cypf.platform.json.JsonMapping;

/**
 * An answer with only the fields that have a value: a field the strategy leaves out (a measure with no baseline, an
 * observation with no note) is left out of the answer too, as it is of the document, rather than sent as null.
 */
final class Present {
    private static final ObjectMapper WRITER = JsonMapping.clients().copy()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private Present() {}

    static JsonNode only(Object answer) {
        return WRITER.valueToTree(answer);
    }
}
