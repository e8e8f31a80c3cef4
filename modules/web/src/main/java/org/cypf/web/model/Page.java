package org.cypf.web.model;

/**
 * What every page's frame shows: its title, who is signed in and the CSRF token of the sign-out form.
 *
 * @param user      the signed-in user's id and organisation in words, or null on the sign-in pages
 * @param csrfToken the session's CSRF token, or null when no one is signed in
 * @param section   which navigation item is current: {@code dashboard}, {@code queues} or null
 */
public record Page(String title, String user, String csrfToken, String section) {

    public boolean signedIn() {
        return user != null;
    }
}
