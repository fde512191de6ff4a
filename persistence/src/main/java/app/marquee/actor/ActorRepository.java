package app.marquee.actor;

import app.marquee.catalog.Actor;
import app.marquee.catalog.ContactDetails;
import app.marquee.catalog.Stuntman;
import app.marquee.paging.Like;
import app.marquee.paging.ListingQuery;
import app.marquee.paging.Page;
import app.marquee.paging.PageRequest;
import app.marquee.persistence.NotFoundException;
import app.marquee.persistence.ReadOnlyWork;
import app.marquee.persistence.StaleEditException;
import app.marquee.persistence.WriteConflicts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Actors with their contact details and stuntmen. Every public method is one unit of work: it
 * commits when it returns and rolls back entirely when it throws. An edit checks the version it was
 * based on in the same unit of work as it writes, and an edit that loses a race to a transaction
 * committing in between ends in the same {@link StaleEditException} as a failed check.
 */
@ApplicationScoped
@Transactional
public class ActorRepository {

    @Inject
    EntityManager em;

    public long count() {
        return em.createQuery("select count(a) from Actor a", Long.class).getSingleResult();
    }

    public boolean exists(long id) {
        return !em.createQuery("select 1 from Actor a where a.id = :id", Integer.class)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * The actor with its filmography, contact details and stuntman, in two statements: the contacts
     * and the filmography are both collections, and fetching both in one join would multiply rows.
     */
    public Optional<Actor> findProfile(long id) {
        Optional<Actor> actor = em.createQuery(
                        "select a from Actor a left join fetch a.contactDetails"
                                + " left join fetch a.stuntman where a.id = :id",
                        Actor.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
        actor.ifPresent(
                found -> em.createQuery("select a from Actor a left join fetch a.movies where a = :actor", Actor.class)
                        .setParameter("actor", found)
                        .getResultList());
        return actor;
    }

    public Actor getProfile(long id) {
        return findProfile(id).orElseThrow(() -> new NotFoundException("Actor", id));
    }

    /**
     * A page of actors with their contact details and movie counts. Three statements whatever the
     * page size: the count (up to {@link Page#COUNT_LIMIT}), the ids of the page in order with their
     * movie counts, and those actors with their contacts and stuntmen.
     */
    public Page<ActorRow> search(ActorSearch search, PageRequest page) {
        try (ReadOnlyWork read = ReadOnlyWork.begin(em)) {
            ListingQuery<Actor> listing = new ListingQuery<>(em, Actor.class, "a");
            if (search.name() != null) {
                listing.whereContains("a.name", "name", search.name());
            }
            if (search.city() != null) {
                // A subquery rather than a join: an actor with several matching addresses is one match.
                listing.where(
                        "a.id in (select c.actor.id from ContactDetails c where " + Like.matches("c.address", "city")
                                + ")",
                        "city",
                        Like.containing(search.city()));
            }
            long matches = listing.boundedCount();
            // The movie counts come with the ids: the database works them out for the page's rows only.
            Map<Long, Long> movieCounts = new LinkedHashMap<>();
            for (Object[] row : listing.page(
                    "a.id, (select count(*) from Movie m join m.actors ma where ma.id = a.id)",
                    search.sort().orderBy,
                    page,
                    Object[].class)) {
                movieCounts.put((Long) row[0], (Long) row[1]);
            }
            List<Actor> actors = listing.fetch(
                    "left join fetch a.contactDetails left join fetch a.stuntman",
                    List.copyOf(movieCounts.keySet()),
                    Actor::getId);
            return Page.counted(
                    actors.stream()
                            .map(actor -> new ActorRow(actor, movieCounts.get(actor.getId())))
                            .toList(),
                    page,
                    matches);
        }
    }

    /**
     * The names of the actors with these ids, by name; ids of actors that do not exist are left out.
     * One statement: a form that re-shows a chosen cast needs the names, not the actors.
     */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery(
                        "select a.id, a.name from Actor a where a.id in :ids order by lower(a.name), a.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    public Optional<Actor> findByName(String name) {
        return em.createQuery("select a from Actor a where a.name = :name order by a.id", Actor.class)
                .setParameter("name", name)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Adds an actor; the name is stored normalised. */
    public Actor create(ActorDraft draft) {
        Actor actor = new Actor(draft.name(), draft.birthday());
        em.persist(actor);
        em.flush();
        return actor;
    }

    /**
     * Applies an edit made on {@code expectedVersion} of the actor. If the actor has been saved since,
     * also by a transaction that committed while this one was writing, nothing changes and
     * {@link StaleEditException} is thrown.
     */
    public Actor update(long id, long expectedVersion, ActorDraft draft) {
        Actor actor = getProfile(id);
        if (actor.getVersion() != expectedVersion) {
            throw new StaleEditException("Actor", id, expectedVersion, actor.getVersion());
        }
        actor.setName(draft.name());
        actor.setBirthday(draft.birthday());
        WriteConflicts.flush(em, "Actor", id);
        return actor;
    }

    /**
     * Deletes the actor with its contact details and stuntman; its movies stay, without it in their casts.
     *
     * @return the name of the deleted actor, for the caller to confirm what went
     * @throws NotFoundException if there is no such actor
     * @throws StaleEditException if another transaction changed or deleted it (or its contacts or
     *     stuntman) while this one was deleting it
     */
    public String delete(long id) {
        return delete(id, null);
    }

    /**
     * Deletes the actor as the caller last saw it: an actor changed since (another version) stays.
     *
     * @param expectedVersion the version the caller saw; null deletes whatever version is stored
     * @throws StaleEditException if the actor is at another version, or changed while this one was deleting it
     */
    public String delete(long id, Long expectedVersion) {
        Actor actor = getProfile(id);
        if (expectedVersion != null && actor.getVersion() != expectedVersion) {
            throw new StaleEditException("Actor", id, expectedVersion, actor.getVersion());
        }
        actor.leaveAllCasts();
        em.remove(actor);
        WriteConflicts.flush(em, "Actor", id);
        return actor.getName();
    }

    public ContactDetails addContact(long actorId, String phoneNumber, String address) {
        Actor actor = getProfile(actorId);
        ContactDetails contact = actor.addContact(new ContactDetails(phoneNumber, address));
        WriteConflicts.flush(em, "Actor", actorId);
        return contact;
    }

    /**
     * Applies an edit made on {@code expectedVersion} of the contact. If the contact has been saved
     * since, also by a transaction that committed while this one was writing, nothing changes and
     * {@link StaleEditException} is thrown.
     */
    public ContactDetails updateContact(
            long actorId, long contactId, long expectedVersion, String phoneNumber, String address) {
        ContactDetails contact = contactOf(getProfile(actorId), contactId);
        if (contact.getVersion() != expectedVersion) {
            throw new StaleEditException("Contact", contactId, expectedVersion, contact.getVersion());
        }
        contact.setPhoneNumber(phoneNumber);
        contact.setAddress(address);
        WriteConflicts.flush(em, "Contact", contactId);
        return contact;
    }

    /** Removes the contact from the actor (orphan removal deletes its row) and returns what it was. */
    public ContactDetails removeContact(long actorId, long contactId) {
        Actor actor = getProfile(actorId);
        ContactDetails contact = contactOf(actor, contactId);
        actor.removeContact(contact);
        WriteConflicts.flush(em, "Contact", contactId);
        return contact;
    }

    private static ContactDetails contactOf(Actor actor, long contactId) {
        return actor.findContact(contactId).orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    /**
     * Gives the actor a stuntman with this name and status, changing the current one in place if
     * there is one (the unique key on {@code stuntmen.actor_id} allows only one row per actor).
     *
     * @param expectedVersion the version of the stuntman the edit was based on, or null if it was based
     *     on the actor having none. If that is no longer so (someone set, changed or removed the
     *     stuntman since, also while this edit was being written), nothing changes and
     *     {@link StaleEditException} is thrown.
     */
    public Stuntman saveStuntman(long actorId, Long expectedVersion, String name, boolean active) {
        Actor actor = getProfile(actorId);
        Stuntman stuntman = actor.getStuntman().orElse(null);
        if (stuntman == null && expectedVersion != null) {
            throw new StaleEditException(
                    "Stuntman",
                    "of actor " + actorId,
                    "edit based on version " + expectedVersion + ", the actor now has no stuntman");
        }
        if (stuntman != null && (expectedVersion == null || stuntman.getVersion() != expectedVersion)) {
            throw new StaleEditException(
                    "Stuntman",
                    "of actor " + actorId,
                    "edit based on "
                            + (expectedVersion == null ? "no stuntman" : "version " + expectedVersion)
                            + ", stored version "
                            + stuntman.getVersion());
        }
        boolean hiring = stuntman == null;
        if (hiring) {
            stuntman = new Stuntman(name, active);
            actor.assignStuntman(stuntman);
        } else {
            stuntman.setName(name);
            stuntman.setActive(active);
        }
        try {
            WriteConflicts.flush(em, "Stuntman", "of actor " + actorId);
        } catch (PersistenceException e) {
            // Someone else gave the actor a stuntman after this edit saw none: the unique key refuses a second.
            if (hiring && WriteConflicts.violates(e, "uk_stuntmen_actor")) {
                StaleEditException stale = new StaleEditException(
                        "Stuntman",
                        "of actor " + actorId,
                        "edit based on no stuntman, another was assigned while this one was being written");
                stale.initCause(e);
                throw stale;
            }
            throw e;
        }
        return stuntman;
    }

    /** Removes the actor's stuntman, if any; orphan removal deletes its row. Returns whether there was one. */
    public boolean removeStuntman(long actorId) {
        Actor actor = getProfile(actorId);
        boolean had = actor.getStuntman().isPresent();
        actor.removeStuntman();
        WriteConflicts.flush(em, "Stuntman", "of actor " + actorId);
        return had;
    }
}
