/**
 * The catalogue: movies, the actors who star in them, the actors' contact details and their stuntmen.
 *
 * <p>The four entities live in one package because their relationships are bidirectional, and each
 * entity keeps the other side in step through package-private hooks that callers cannot reach.
 */
package app.marquee.catalog;
