package app.marquee.actor;

import java.time.LocalDate;

/** What a user submits to create or change an actor. */
public record ActorDraft(String name, LocalDate birthday) {}
