package canary.web04.web.http;

import io.helidon.webserver.http.ServerResponse;

/** The pages' web part may use the web server. */
public class Pages {
    public void send(ServerResponse res) {
        res.send("ok");
    }
}
