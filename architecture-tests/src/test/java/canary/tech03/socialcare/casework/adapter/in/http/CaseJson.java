package canary.tech03.socialcare.casework.adapter.in.http;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Allowed: Jackson in an adapter. */
public class CaseJson {
    private final ObjectMapper mapper = new ObjectMapper();
}
