package org.cypf.governance.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cypf.governance.access.adapter.out.yaml.RoleCatalogueFile;
import org.junit.jupiter.api.Test;

/**
 * The shipped roles catalogue gives family support's directory writes (a Family Hub's opening times, an import of a
 * directory feed) to the directory manager alone (ADR 0086): a practitioner's family support grant names its
 * children's record types, so it does not reach them.
 */
class DirectoryManagerGrantTest {
    @Test
    void only_the_directory_manager_records_opening_times_and_imports_the_directory() {
        RoleCatalogue roles = RoleCatalogueFile.load();
        List<String> hubWriters = roles.all().stream()
                .filter(r -> r.permits("family-support", Operation.WRITE, "family-hub")).map(Role::id).toList();
        List<String> importers = roles.all().stream()
                .filter(r -> r.permits("family-support", Operation.IMPORT, "service-directory")).map(Role::id).toList();
        assertEquals(List.of("directory-manager"), hubWriters);
        assertEquals(List.of("directory-manager"), importers);
        Role practitioner = roles.role("early-help-practitioner").orElseThrow();
        for (String record : List.of("request-for-support", "family", "early-help-episode", "family-network-meeting",
                "programme-enrolment")) {
            assertEquals(true, practitioner.permits("family-support", Operation.WRITE, record),
                    "the practitioner still writes " + record);
        }
        assertEquals(false, roles.role("directory-manager").orElseThrow()
                .permits("family-support", Operation.READ, "early-help-episode"), "the manager reads no child's record");
    }
}
