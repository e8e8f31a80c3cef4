/**
 * CYPF's web pages (ADR 0080): the partnership dashboard, measure pages, the exceptions view, the board pack, the
 * practitioners' work queues and a child's chronology, server-rendered in the GOV.UK style. The pages read only the
 * contexts' published api artifacts, through the same use cases as the HTTP api (so every read of a child's record is
 * authorised and audited there), as the user a session holds (the same identity as the api's bearer tokens).
 *
 * <ul>
 *   <li>{@code read}: the one place each api is read and turned into what a page shows;</li>
 *   <li>{@code model}: what a page shows, as plain records;</li>
 *   <li>{@code chart}: trend charts as server-side SVG;</li>
 *   <li>{@code session}: sign-in by the OpenID Connect authorisation code flow, sessions and CSRF tokens;</li>
 *   <li>{@code http}: the only part that knows the web server (rule TECH-01) and the templates' engine.</li>
 * </ul>
 */
package org.cypf.web;
