package org.cypf.familysupport.directory.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * An organisation, taxonomy, taxonomy term or service at a location: its identity, its name and its ORUK document
 * as received. {@code parentId}: the taxonomy of a term, the service of a service at a location, else null.
 */
public record DirectoryRecord(UUID id, UUID parentId, String name, String document) {
    public DirectoryRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
    }
}
