package canary.tech04.socialcare.casework.port;

import java.io.File;

/** Breach: a port speaks of files; the file belongs in its adapter. */
public interface BreachPortTakesAFile {
    void write(File file);
}
