/**
 * The people who may change the catalogue: accounts with their roles and the personal API tokens they
 * hold. Passwords are never held here in clear; an account keeps only a slow salted hash.
 */
package app.marquee.account;
