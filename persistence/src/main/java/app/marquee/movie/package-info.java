/** Reading, searching and changing movies and their casts. */
package app.marquee.movie;
