/**
 * Record history: every change to a movie, actor, contact or stuntman is kept by Hibernate Envers in
 * the {@code *_aud} tables, one {@link app.marquee.history.Revision} per transaction, which says who
 * made the change, when, and through which channel.
 */
package app.marquee.history;
