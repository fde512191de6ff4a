/** The movie pages: listing, detail, the form for a movie and its cast, and deletion. */
package app.marquee.web.movie;
