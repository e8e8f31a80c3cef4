package canary.web03.web.http;

import gg.jte.TemplateEngine;

/** The pages' web part may use the template engine. */
public class Pages {
    public TemplateEngine engine() {
        return null;
    }
}
