package org.cypf.web.session;

import java.time.Instant;
import org.cypf.kernel.identity.Principal;

/**
 * A signed-in browser: the principal a verified token named, until when, and the token that guards its forms.
 *
 * @param id        the session cookie's value: 256 random bits, never logged
 * @param csrfToken sent back in a hidden field of every form the session posts; compared in constant time
 */
public record WebSession(String id, Principal principal, Instant expiresAt, String csrfToken) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
