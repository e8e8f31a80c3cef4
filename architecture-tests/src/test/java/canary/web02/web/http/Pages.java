package canary.web02.web.http;

/** The pages' web part. */
public class Pages {
    public String render(String text) {
        return "<p>" + text + "</p>";
    }
}
