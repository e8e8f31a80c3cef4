package canary.ctx07.kernel.identity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breach: the shared kernel carries a JSON library's annotation. */
public record BreachChildIdWithJson(@JsonProperty("id") String value) {}
