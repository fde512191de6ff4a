package app.marquee.history;

import java.time.Instant;
import java.time.LocalDate;

/** An actor's own fields as they were at a revision, to restore or recreate the actor. */
public record ActorVersion(long actorId, long revision, Instant at, String account, String name, LocalDate birthday) {}
