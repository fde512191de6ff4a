package app.marquee.actor;

import app.marquee.catalog.Actor;
import app.marquee.catalog.ContactDetails;
import java.util.List;

/**
 * One row of the actor listing: the actor with its contact details loaded, and how many movies it
 * starred in (counted in the database rather than by loading the filmography).
 */
public record ActorRow(Actor actor, long movieCount) {

    /** The distinct addresses of the actor's contacts, in the order they were added. */
    public List<String> addresses() {
        return actor.getContactDetails().stream()
                .map(ContactDetails::getAddress)
                .distinct()
                .toList();
    }
}
