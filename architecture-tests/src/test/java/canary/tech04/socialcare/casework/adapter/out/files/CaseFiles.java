package canary.tech04.socialcare.casework.adapter.out.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Allowed: an adapter writes files. */
public class CaseFiles {
    public void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
