/** The record history pages: a movie's or an actor's history, and the latest changes across the catalogue. */
package app.marquee.web.history;
