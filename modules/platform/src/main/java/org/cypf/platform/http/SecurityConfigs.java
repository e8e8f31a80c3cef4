package org.cypf.platform.http;

import io.helidon.config.Config;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.cypf.platform.security.SecurityConfig;
import org.cypf.platform.security.SecurityConfig.DevelopmentIssuerSettings;
import org.cypf.platform.security.SecurityConfig.TestUser;

/**
 * Reads {@link SecurityConfig} from section {@code security} of Helidon's configuration (here, not beside the record,
 * because only the platform's web part may use Helidon: rule TECH-01). Keys, all optional but for the rule that some
 * issuer must be trusted:
 *
 * <pre>
 * security:
 *   issuer: https://login.example.org/realms/cypf     # the identity provider's iss
 *   audience: cypf                                    # default cypf
 *   jwks-url: https://login.example.org/realms/cypf/protocol/openid-connect/certs
 *   clock-skew-seconds: 60                            # default 60
 *   organisation-claim: cypf_org                      # default cypf_org
 *   roles-claim: cypf_roles                           # default cypf_roles
 *   public-paths:                                     # added to GET /observe/health and GET /openapi
 *     - /family-support/services                      # GET and HEAD only
 *     - GET /family-support/family-hubs               # the methods, then the prefix (GET admits HEAD)
 *   jwks-cache-seconds: 300                           # default 300
 *   jwks-refetch-limit-seconds: 30                    # default 30
 *   development-issuer:                               # local runs and tests only
 *     enabled: true                                   # default false
 *     key-file: .cypf/dev-issuer-key.json             # default: a new key at every start
 *     token-lifetime-seconds: 3600                    # default 3600
 *     users:
 *       - id: sw.smith
 *         organisation: la-north
 *         roles: [social-worker]
 * </pre>
 *
 * <p>The users are a list, not a map keyed by id, because user ids such as {@code sw.smith} contain dots, which
 * Helidon's configuration reads as nesting.
 */
public final class SecurityConfigs {
    private SecurityConfigs() {}

    /**
     * The settings in {@code security}, checked ({@link SecurityConfig#checked()}).
     *
     * @throws IllegalStateException naming the key to fix
     */
    public static SecurityConfig read(Config security) {
        Config dev = security.get("development-issuer");
        Map<String, TestUser> users = new LinkedHashMap<>();
        List<Config> listed = dev.get("users").asNodeList().orElse(List.of());
        for (int i = 0; i < listed.size(); i++) {
            Config user = listed.get(i);
            String key = "security.development-issuer.users." + i;
            String id = required(user.get("id"), key + ".id");
            String organisation = required(user.get("organisation"), key + ".organisation");
            if (users.put(id, new TestUser(organisation,
                    new LinkedHashSet<>(user.get("roles").asList(String.class).orElse(List.of())))) != null) {
                throw new IllegalStateException(key + ".id: test user '" + id + "' is listed twice");
            }
        }
        boolean enabled = dev.get("enabled").asBoolean().orElse(false);
        DevelopmentIssuerSettings development = new DevelopmentIssuerSettings(enabled,
                dev.get("key-file").asString().orElse(null),
                seconds(dev.get("token-lifetime-seconds"), DevelopmentIssuerSettings.DEFAULT_TOKEN_LIFETIME),
                users);
        return new SecurityConfig(
                security.get("issuer").asString().orElse(null),
                security.get("audience").asString().orElse(SecurityConfig.DEFAULT_AUDIENCE),
                security.get("jwks-url").asString().map(SecurityConfigs::address).orElse(null),
                seconds(security.get("clock-skew-seconds"), SecurityConfig.DEFAULT_CLOCK_SKEW),
                security.get("organisation-claim").asString().orElse(SecurityConfig.DEFAULT_ORGANISATION_CLAIM),
                security.get("roles-claim").asString().orElse(SecurityConfig.DEFAULT_ROLES_CLAIM),
                security.get("public-paths").asList(String.class).orElse(List.of()).stream()
                        .map(SecurityConfig.PublicPath::parse).toList(),
                seconds(security.get("jwks-cache-seconds"), SecurityConfig.DEFAULT_JWKS_CACHE_TIME),
                seconds(security.get("jwks-refetch-limit-seconds"), SecurityConfig.DEFAULT_JWKS_REFETCH_LIMIT),
                development).checked();
    }

    private static String required(Config node, String key) {
        return node.asString().filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException(key + " is required"));
    }

    private static Duration seconds(Config node, Duration otherwise) {
        return node.asLong().map(Duration::ofSeconds).orElse(otherwise);
    }

    private static URI address(String text) {
        try {
            return URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("security.jwks-url is not a valid address");
        }
    }
}
