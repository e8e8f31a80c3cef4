package org.cypf.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The pages' templates, compiled to Java classes at build time by jte's Maven plugin (ADR 0080). */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), "org.cypf.web.templates");

    private Templates() {}

    static String render(String template, Map<String, Object> parameters) {
        var out = new StringOutput(8192);
        ENGINE.render(template + ".jte", parameters, out);
        return out.toString();
    }
}
