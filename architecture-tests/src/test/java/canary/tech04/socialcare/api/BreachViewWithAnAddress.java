package canary.tech04.socialcare.api;

import java.net.URI;

/** Breach: a published view carries a network address type. */
public record BreachViewWithAnAddress(String id, URI link) {}
