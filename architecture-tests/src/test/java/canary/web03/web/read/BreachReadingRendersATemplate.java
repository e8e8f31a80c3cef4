package canary.web03.web.read;

import gg.jte.output.StringOutput;

/** Breach: the reading of the apis writes HTML through the template engine. */
public class BreachReadingRendersATemplate {
    public String render() {
        return new StringOutput().toString();
    }
}
