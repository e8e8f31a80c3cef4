package org.cypf.familysupport.api.directory;

import java.util.UUID;

/** One ORUK object (a service, a taxonomy term, ...) as JSON text, as the directory received or built it. */
public record OrukDocument(UUID id, String json) {}
