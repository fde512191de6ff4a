/**
 * The languages of the pages and messages: English and German, from message bundles. The language
 * follows a cookie set by the footer's language switch, else the browser's Accept-Language.
 */
package app.marquee.web.i18n;
