/**
 * The actor pages: listing, an actor's page with filmography, contact details and stuntman, the
 * actor form, and the controllers for contacts and the stuntman on that page.
 */
package app.marquee.web.actor;
