package org.cypf.web.session;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The partnership's OpenID Connect provider (the issuer of the api's bearer tokens): the authorisation endpoint the
 * browser is sent to, and the token endpoint the code is exchanged at (a confidential client: client id and secret
 * in the form, RFC 6749 section 2.3.1). Configured under {@code web.oidc}.
 */
public final class OidcProvider implements AuthorizationServer {
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([A-Za-z0-9._~+/=-]+)\"");

    private final URI authorizationEndpoint;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final String scope;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public OidcProvider(URI authorizationEndpoint, URI tokenEndpoint, String clientId, String clientSecret, String scope) {
        this.authorizationEndpoint = Objects.requireNonNull(authorizationEndpoint, "web.oidc.authorization-endpoint");
        this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "web.oidc.token-endpoint");
        this.clientId = Objects.requireNonNull(clientId, "web.oidc.client-id");
        this.clientSecret = clientSecret;
        this.scope = scope == null ? "openid" : scope;
    }

    @Override
    public URI authorizationRequest(String clientState, String codeChallenge, URI redirectUri) {
        String sep = authorizationEndpoint.getRawQuery() == null ? "?" : "&";
        return URI.create(authorizationEndpoint + sep + "response_type=code&client_id=" + enc(clientId)
                + "&redirect_uri=" + enc(redirectUri.toString()) + "&scope=" + enc(scope) + "&state=" + enc(clientState)
                + "&code_challenge=" + enc(codeChallenge) + "&code_challenge_method=S256");
    }

    @Override
    public String exchange(String code, String codeVerifier, URI redirectUri) {
        String form = "grant_type=authorization_code&code=" + enc(code) + "&redirect_uri=" + enc(redirectUri.toString())
                + "&client_id=" + enc(clientId) + "&code_verifier=" + enc(codeVerifier)
                + (clientSecret == null ? "" : "&client_secret=" + enc(clientSecret));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new SignInRefused("The sign-in service did not give a token; sign in again");
            }
            return token.group(1);
        } catch (IOException e) {
            throw new SignInRefused("The sign-in service could not be reached just now; try again shortly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInRefused("The sign-in was interrupted; try again");
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
