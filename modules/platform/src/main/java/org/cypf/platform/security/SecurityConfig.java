package org.cypf.platform.security;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How CYPF checks who is asking (configuration section {@code security}, ADR 0021): the one identity provider it
 * trusts, the audience its tokens must name, where that provider publishes its keys, and which claims carry the
 * organisation and the roles. The development issuer, when enabled, is trusted beside that provider.
 *
 * @param issuer             the provider's {@code iss}, exactly as in its tokens; {@code null} when only the
 *                           development issuer is trusted
 * @param audience           what a token's {@code aud} must contain (default {@code cypf})
 * @param jwksUrl            where the provider publishes its public keys (JWKS); required with {@code issuer}
 * @param clockSkew          how far {@code exp} and {@code nbf} may be off against our clock (default 60 s)
 * @param organisationClaim  the claim naming the user's partner organisation (default {@code cypf_org})
 * @param rolesClaim         the claim listing the user's roles, a JSON array of strings (default {@code cypf_roles})
 * @param publicPaths        path prefixes answered without a token, each for the methods it names, in addition to
 *                           {@link #DEFAULT_PUBLIC_PATHS} (see {@link PublicPath#parse}: {@code GET /a} or
 *                           {@code /a}, which means GET and HEAD only, so a public read never opens a write on the
 *                           same path: ADR 0085)
 * @param jwksCacheTime      how long fetched keys are used before they are fetched again (default 5 min)
 * @param jwksRefetchLimit   the shortest time between two fetches caused by an unknown key id (default 30 s), so a
 *                           stream of forged key ids cannot make CYPF hammer the provider
 * @param developmentIssuer  the development issuer's settings (off unless configured)
 */
public record SecurityConfig(String issuer, String audience, URI jwksUrl, Duration clockSkew,
                             String organisationClaim, String rolesClaim, List<PublicPath> publicPaths,
                             Duration jwksCacheTime, Duration jwksRefetchLimit,
                             DevelopmentIssuerSettings developmentIssuer) {

    public static final String DEFAULT_AUDIENCE = "cypf";
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    public static final String DEFAULT_ORGANISATION_CLAIM = "cypf_org";
    public static final String DEFAULT_ROLES_CLAIM = "cypf_roles";
    /**
     * Answered without a token whatever the configuration says, to GET and HEAD only: liveness for the orchestrator,
     * and the contract.
     */
    public static final List<PublicPath> DEFAULT_PUBLIC_PATHS =
            List.of(PublicPath.parse("/observe/health"), PublicPath.parse("/openapi"));
    public static final Duration DEFAULT_JWKS_CACHE_TIME = Duration.ofMinutes(5);
    public static final Duration DEFAULT_JWKS_REFETCH_LIMIT = Duration.ofSeconds(30);

    public SecurityConfig {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(organisationClaim, "organisationClaim");
        Objects.requireNonNull(rolesClaim, "rolesClaim");
        Objects.requireNonNull(jwksCacheTime, "jwksCacheTime");
        Objects.requireNonNull(jwksRefetchLimit, "jwksRefetchLimit");
        Objects.requireNonNull(developmentIssuer, "developmentIssuer");
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("security.clock-skew-seconds must not be negative");
        }
        List<PublicPath> paths = new ArrayList<>(DEFAULT_PUBLIC_PATHS);
        for (PublicPath path : publicPaths) {
            if (!paths.contains(Objects.requireNonNull(path, "public path"))) {
                paths.add(path);
            }
        }
        publicPaths = List.copyOf(paths);
    }

    /**
     * Defaults throughout, trusting {@code issuer} with keys given in code (tests, {@link TokenVerifier#trusting});
     * no JWKS address, no development issuer.
     */
    public static SecurityConfig forIssuer(String issuer) {
        return new SecurityConfig(Objects.requireNonNull(issuer, "issuer"), DEFAULT_AUDIENCE, null,
                DEFAULT_CLOCK_SKEW, DEFAULT_ORGANISATION_CLAIM, DEFAULT_ROLES_CLAIM, List.of(),
                DEFAULT_JWKS_CACHE_TIME, DEFAULT_JWKS_REFETCH_LIMIT, DevelopmentIssuerSettings.OFF);
    }

    /** The settings with the development issuer enabled for {@code users}, and no other issuer. */
    public static SecurityConfig developmentOnly(Map<String, TestUser> users) {
        return new SecurityConfig(null, DEFAULT_AUDIENCE, null, DEFAULT_CLOCK_SKEW, DEFAULT_ORGANISATION_CLAIM,
                DEFAULT_ROLES_CLAIM, List.of(), DEFAULT_JWKS_CACHE_TIME, DEFAULT_JWKS_REFETCH_LIMIT,
                new DevelopmentIssuerSettings(true, null, DevelopmentIssuerSettings.DEFAULT_TOKEN_LIFETIME, users));
    }

    /**
     * Refuses, at start-up, settings under which no token could ever be verified, or only insecurely: neither an
     * issuer nor the development issuer; an issuer without a JWKS address; keys fetched over plain HTTP from
     * anywhere but this machine; an issuer string equal to the development issuer's.
     *
     * @return this, checked
     * @throws IllegalStateException naming the configuration key to fix
     */
    public SecurityConfig checked() {
        if (issuer == null && !developmentIssuer.enabled()) {
            throw new IllegalStateException("security: no token issuer is configured; set security.issuer and "
                    + "security.jwks-url (the identity provider), or security.development-issuer.enabled: true "
                    + "(local runs only)");
        }
        if (issuer != null) {
            if (issuer.isBlank()) {
                throw new IllegalStateException("security.issuer must not be blank");
            }
            if (issuer.equals(DevelopmentIssuer.ISSUER)) {
                throw new IllegalStateException("security.issuer must not be the development issuer's own string '"
                        + DevelopmentIssuer.ISSUER + "'; enable security.development-issuer instead");
            }
            if (jwksUrl == null) {
                throw new IllegalStateException("security.jwks-url is required with security.issuer: where the issuer "
                        + "publishes its public keys");
            }
            String scheme = jwksUrl.getScheme() == null ? "" : jwksUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
            boolean loopback = "localhost".equalsIgnoreCase(jwksUrl.getHost()) || "127.0.0.1".equals(jwksUrl.getHost())
                    || "[::1]".equals(jwksUrl.getHost());
            if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
                throw new IllegalStateException("security.jwks-url must be an https address (plain http only on this "
                        + "machine): keys fetched in the clear could be swapped on the way");
            }
        }
        if (audience.isBlank()) {
            throw new IllegalStateException("security.audience must not be blank");
        }
        return this;
    }

    /** Whether a request with {@code method} (e.g. {@code GET}) on {@code path} (as routed, decoded) needs no token. */
    public boolean isPublic(String method, String path) {
        for (PublicPath publicPath : publicPaths) {
            if (publicPath.admits(method, path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same settings with more path prefixes answered without a token to every method: for routes that check
     * credentials of their own (the development issuer's, the pages' session cookie), never for a context's records.
     */
    public SecurityConfig withPublicPaths(List<String> more) {
        List<PublicPath> all = new ArrayList<>(publicPaths);
        more.forEach(prefix -> all.add(PublicPath.everyMethod(prefix)));
        return new SecurityConfig(issuer, audience, jwksUrl, clockSkew, organisationClaim, rolesClaim, all,
                jwksCacheTime, jwksRefetchLimit, developmentIssuer);
    }

    /**
     * One entry of {@code security.public-paths}: a path prefix and the methods answered there without a token
     * (ADR 0085). A read can be public while a write on the same path still needs a token and a role: the Family
     * Hubs' opening times are read by families, and recorded only by a directory manager.
     *
     * @param methods the HTTP methods, upper case; empty for every method (only {@link #withPublicPaths} makes one)
     * @param prefix  an absolute path prefix, without a trailing slash, matched whole segments at a time
     */
    public record PublicPath(Set<String> methods, String prefix) {
        /** The methods of an entry that names none: reads only. */
        public static final Set<String> READS = Set.of("GET", "HEAD");
        private static final java.util.regex.Pattern METHOD = java.util.regex.Pattern.compile("[A-Z]+");

        public PublicPath {
            methods = Set.copyOf(methods);
            prefix = normalisedPrefix(prefix);
        }

        /**
         * Reads an entry: {@code /family-support/services} (GET and HEAD), or methods then the prefix,
         * {@code GET /family-support/family-hubs} or {@code GET,POST /a}. Naming GET also admits HEAD, which is GET
         * without the body. There is no way to name every method here: a configured write is named, never implied.
         *
         * @throws IllegalArgumentException naming the entry, for a method that is not one or a bad prefix
         */
        public static PublicPath parse(String entry) {
            String text = Objects.requireNonNull(entry, "public path").strip();
            int slash = text.indexOf('/');
            String named = slash < 0 ? "" : text.substring(0, slash).strip();
            if (named.isEmpty()) {
                return new PublicPath(READS, text);
            }
            java.util.Set<String> methods = new java.util.LinkedHashSet<>();
            for (String method : named.split(",")) {
                String m = method.strip();
                if (!METHOD.matcher(m).matches()) {
                    throw new IllegalArgumentException("security.public-paths: '" + text + "' names '" + m
                            + "', which is not an HTTP method in capitals (GET, HEAD, POST, ...)");
                }
                methods.add(m);
            }
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            return new PublicPath(methods, text.substring(slash));
        }

        static PublicPath everyMethod(String prefix) {
            return new PublicPath(Set.of(), prefix);
        }

        /** Whether a request with {@code method} on {@code path} is answered without a token. */
        public boolean admits(String method, String path) {
            boolean under = path.equals(prefix) || path.startsWith(prefix + "/");
            return under && (methods.isEmpty() || methods.contains(method));
        }

        @Override
        public String toString() {
            return (methods.isEmpty() ? "*" : String.join(",", new java.util.TreeSet<>(methods))) + " " + prefix;
        }

        private static String normalisedPrefix(String path) {
            String p = Objects.requireNonNull(path, "public path").strip();
            if (!p.startsWith("/") || p.contains("..") || p.contains("//") || p.contains(" ")) {
                throw new IllegalArgumentException("security.public-paths: '" + p + "' is not an absolute path prefix");
            }
            // "/a/" and "/a" mean the same prefix; the root alone would make everything public.
            while (p.length() > 1 && p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            if (p.equals("/")) {
                throw new IllegalArgumentException("security.public-paths: '/' would make every path public");
            }
            return p;
        }
    }

    /**
     * The development issuer (section {@code security.development-issuer}): off unless {@code enabled: true}.
     *
     * @param enabled       whether CYPF runs its own issuer and trusts it
     * @param keyFile       a JSON Web Key file holding its RSA private key, created on first start, so tokens survive
     *                      a restart; {@code null} for a new key at every start
     * @param tokenLifetime how long its tokens are valid (default one hour)
     * @param users         the named test users it mints tokens for, by user id
     */
    public record DevelopmentIssuerSettings(boolean enabled, String keyFile, Duration tokenLifetime,
                                            Map<String, TestUser> users) {
        public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);
        public static final DevelopmentIssuerSettings OFF =
                new DevelopmentIssuerSettings(false, null, DEFAULT_TOKEN_LIFETIME, Map.of());

        public DevelopmentIssuerSettings {
            Objects.requireNonNull(tokenLifetime, "tokenLifetime");
            if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
                throw new IllegalArgumentException("security.development-issuer.token-lifetime-seconds must be positive");
            }
            users = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(users));
        }
    }

    /** A named test user the development issuer vouches for. */
    public record TestUser(String organisation, Set<String> roles) {
        public TestUser {
            Objects.requireNonNull(organisation, "organisation");
            roles = Set.copyOf(roles);
        }
    }
}
