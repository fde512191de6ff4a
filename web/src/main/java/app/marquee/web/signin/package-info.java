/**
 * Signing in to the pages with Jakarta Security: the application's own sign-in page, a database
 * identity store over PBKDF2 password hashes, a throttle against guessing, and the filter that
 * decides by address which pages and forms need a signed-in editor or admin.
 */
package app.marquee.web.signin;
