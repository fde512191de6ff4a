package app.marquee.actor;

/**
 * The filters of an actor listing; a null filter is not applied.
 *
 * @param name the name contains this, ignoring case
 * @param city one of the actor's contact addresses contains this, ignoring case
 * @param sort the order of the rows
 */
public record ActorSearch(String name, String city, ActorSort sort) {

    public ActorSearch {
        name = name == null || name.isBlank() ? null : name.strip();
        city = city == null || city.isBlank() ? null : city.strip();
        sort = sort == null ? ActorSort.NAME : sort;
    }

    public static ActorSearch all() {
        return new ActorSearch(null, null, ActorSort.NAME);
    }
}
