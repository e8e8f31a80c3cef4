package canary.web02.socialcare.casework.application;

import canary.web02.web.http.Pages;

/** Breach: a context's use case depends on the pages. */
public class BreachServiceRendersAPage {
    public String page(Pages pages) {
        return pages.render("case");
    }
}
