/**
 * Accounts and their personal API tokens: sign-in look-ups, the admins' account management with its
 * "at least one enabled admin" rule, and the token records the API checks on every use.
 */
package app.marquee.account;
