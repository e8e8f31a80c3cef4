package org.cypf.kernel.notification;

import java.util.Map;
import java.util.Objects;

/**
 * One message to one person: which template (a name of CYPF's, mapped to the service's template id by
 * configuration), to whom, the values the template needs and a reference that identifies it again on a retry.
 * Personalisation carries no more than the template needs: a link to the record rather than a child's name.
 *
 * @param template        CYPF's name of the template, {@code <context>.<fact>}, e.g.
 *                        {@code social-care.suspension-of-child-in-care}
 * @param to              who should read it
 * @param personalisation the template's placeholders and their values
 * @param reference       stable for the same fact (e.g. the exclusion's id), so a retry can be recognised
 */
public record Notification(String template, Recipient to, Map<String, String> personalisation, String reference) {
    public Notification {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reference, "reference");
        personalisation = Map.copyOf(personalisation);
    }
}
