package canary.tech01.socialcare.casework.application;

import io.helidon.webserver.http.ServerRequest;

/** Breach: a use case reads the web server's request. */
public class BreachServiceReadsTheRequest {
    public String caseId(ServerRequest request) {
        return request.path().pathParameters().get("id");
    }
}
