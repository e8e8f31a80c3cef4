package canary.tech04.socialcare.casework.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breach: a business rule reads a file. */
public class BreachDomainReadsAFile {
    public String rules() throws IOException {
        return Files.readString(Path.of("rules.txt"));
    }
}
