package org.cypf.web.session;

import java.net.URI;

/**
 * The OpenID Connect provider the pages send a browser to (the authorisation code flow with PKCE): the partnership's
 * provider ({@link OidcProvider}) or, on a laptop, the development issuer's sign-in page
 * ({@link DevelopmentAuthorizationServer}). Either way the access token it gives back is verified by the same verifier
 * as the api's bearer tokens, so a page's user is the api's user.
 */
public interface AuthorizationServer {

    /** Where to send the browser to sign in. */
    URI authorizationRequest(String clientState, String codeChallenge, URI redirectUri);

    /**
     * The access token for an authorisation code.
     *
     * @throws SignInRefused when the code is unknown, used, expired or does not match the verifier or redirect
     */
    String exchange(String code, String codeVerifier, URI redirectUri);

    /** No provider is configured: every sign-in is refused, naming the keys to set. */
    final class NotConfigured implements AuthorizationServer {
        private static final String WHY = "Sign-in to the pages is not configured: set web.oidc.authorization-endpoint, "
                + "web.oidc.token-endpoint and web.oidc.client-id, or enable the development issuer";

        @Override
        public URI authorizationRequest(String clientState, String codeChallenge, URI redirectUri) {
            throw new SignInRefused(WHY);
        }

        @Override
        public String exchange(String code, String codeVerifier, URI redirectUri) {
            throw new SignInRefused(WHY);
        }
    }

    /** Thrown when a sign-in cannot complete; the message is shown to the user and names no secret. */
    final class SignInRefused extends RuntimeException {
        public SignInRefused(String message) {
            super(message);
        }
    }
}
