/**
 * What every page and form shares: the flash message, date binding, per-field error messages,
 * shareable listing links and pagination, id parsing that answers bad input with 400, and the
 * controllers' status, redirect and stale-edit answers.
 */
package app.marquee.web.pages;
