/**
 * What a signed-in person manages for themselves: their password and their personal API tokens.
 */
package app.marquee.web.account;
