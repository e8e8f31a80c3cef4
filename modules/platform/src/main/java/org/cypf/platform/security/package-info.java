/**
 * Who is asking: verification of the OIDC/JWT bearer access tokens a partner organisation's identity provider
 * issues ({@link org.cypf.platform.security.TokenVerifier}), the settings that name that issuer
 * ({@link org.cypf.platform.security.SecurityConfig}) and the development issuer CYPF runs itself for local runs
 * and tests ({@link org.cypf.platform.security.DevelopmentIssuer}). No web server here (rule TECH-01): the filter
 * that reads the {@code Authorization} header and the issuer's HTTP routes are in {@code org.cypf.platform.http}.
 * See ADR 0021.
 */
package org.cypf.platform.security;
