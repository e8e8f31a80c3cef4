package org.cypf.governance.access.adapter.out.yaml;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cypf.governance.access.domain.ContextGrant;
import org.cypf.governance.access.domain.Role;
import org.cypf.governance.access.domain.RoleCatalogue;
import org.cypf.platform.json.JsonMapping;

/**
 * The roles catalogue as data: {@code governance/roles.yaml} on the class path, read strictly (a misspelt key is an
 * error at start-up, not a role that silently grants nothing).
 */
public final class RoleCatalogueFile {
    /** Where the shipped catalogue is. */
    public static final String RESOURCE = "governance/roles.yaml";

    private record GrantEntry(Set<String> read, Set<String> write,
                              @com.fasterxml.jackson.annotation.JsonProperty("import") Set<String> imports,
                              Boolean aggregates,
                              @com.fasterxml.jackson.annotation.JsonProperty("partnership-wide") Boolean partnershipWide) {}

    private record RoleEntry(String id, String title, Map<String, GrantEntry> grants) {}

    private record CatalogueFile(List<RoleEntry> roles) {}

    private RoleCatalogueFile() {}

    /** The shipped catalogue. */
    public static RoleCatalogue load() {
        try (InputStream in = RoleCatalogueFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return read(Objects.requireNonNull(in, "the roles catalogue " + RESOURCE + " is missing"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the roles catalogue " + RESOURCE, e);
        }
    }

    /** A catalogue in the same format, e.g. for a test. */
    public static RoleCatalogue read(InputStream yaml) throws IOException {
        ObjectMapper mapper = JsonMapping.clientsYaml();
        CatalogueFile file = mapper.readValue(yaml, CatalogueFile.class);
        if (file == null || file.roles() == null) {
            throw new IllegalArgumentException("the roles catalogue lists no roles");
        }
        return new RoleCatalogue(file.roles().stream().map(RoleCatalogueFile::role).toList());
    }

    private static Role role(RoleEntry entry) {
        Map<String, ContextGrant> grants = new LinkedHashMap<>();
        if (entry.grants() != null) {
            entry.grants().forEach((context, g) -> grants.put(context, new ContextGrant(
                    g.read() == null ? Set.of() : g.read(), g.write() == null ? Set.of() : g.write(),
                    g.imports() == null ? Set.of() : g.imports(), Boolean.TRUE.equals(g.aggregates()), Boolean.TRUE.equals(g.partnershipWide()))));
        }
        return new Role(entry.id(), entry.title(), grants);
    }
}
