package canary.web04.web.chart;

import io.helidon.webserver.http.ServerResponse;

/** Breach: a chart answers the HTTP request itself. */
public class BreachChartAnswersHttp {
    public void draw(ServerResponse res) {
        res.send("<svg/>");
    }
}
