/** The home page: the catalogue at a glance and the tutorial's queries. */
package app.marquee.web.home;
