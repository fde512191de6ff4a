/**
 * Reading the record history that Envers writes: a movie's or an actor's entries with what changed,
 * an earlier version to restore, and the latest changes across the catalogue.
 */
package app.marquee.history;
