package canary.tech04.socialcare.casework.domain;

import java.io.IOException;
import java.io.InputStream;

/** Allowed: a resource packaged with the code, read from the classpath. */
public class CodeList {
    public byte[] codes() throws IOException {
        try (InputStream in = CodeList.class.getResourceAsStream("codes.csv")) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }
}
