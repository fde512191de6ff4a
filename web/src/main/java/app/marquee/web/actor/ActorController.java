package app.marquee.web.actor;

import app.marquee.actor.ActorRepository;
import app.marquee.actor.ActorRow;
import app.marquee.catalog.Actor;
import app.marquee.history.ActorVersion;
import app.marquee.history.HistoryEntry;
import app.marquee.history.HistoryRepository;
import app.marquee.paging.Page;
import app.marquee.persistence.NotFoundException;
import app.marquee.persistence.StaleEditException;
import app.marquee.web.history.HistoryViews;
import app.marquee.web.i18n.PageTexts;
import app.marquee.web.pages.Choice;
import app.marquee.web.pages.FieldErrors;
import app.marquee.web.pages.FlashMessages;
import app.marquee.web.pages.Ids;
import app.marquee.web.pages.Pager;
import app.marquee.web.pages.StaleEdits;
import app.marquee.web.pages.Views;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.binding.BindingResult;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Set;

/**
 * The actor pages: the listing with its filters, an actor's page (filmography, contact details and
 * stuntman, each editable there), the form for name and birthday, and deletion after a confirmation
 * step. Contacts and the stuntman have their own controllers under the actor's address.
 */
@Controller
@RequestScoped
@Path("actors")
public class ActorController {

    @Inject
    ActorRepository actors;

    @Inject
    ActorPage actorPage;

    @Inject
    Models models;

    @Inject
    BindingResult binding;

    @Inject
    FlashMessages flash;

    @Inject
    PageTexts texts;

    @Inject
    HistoryRepository history;

    @Context
    HttpServletResponse servletResponse;

    @GET
    public String list(
            @QueryParam("q") String q,
            @QueryParam("city") String city,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ActorListing listing = new ActorListing(q, city, sort, page, size, texts.locale());
        Page<ActorRow> found = actors.search(listing.search(), listing.pageRequest());
        models.put("listing", listing);
        models.put("page", found);
        models.put("pager", new Pager(found, listing.link(), texts.locale()));
        return "actors/list.html";
    }

    @GET
    @Path("{id}")
    public String show(@PathParam("id") String id) {
        return actorPage.show(actors.getProfile(Ids.parse(id)));
    }

    /**
     * The form for a new actor; with {@code from} and {@code revision}, filled with the last version
     * of a deleted actor, to recreate it.
     */
    @GET
    @Path("new")
    public String newForm(@QueryParam("from") String from, @QueryParam("revision") String revision) {
        if (from == null && revision == null) {
            return form(ActorForm.empty(), null, FieldErrors.none());
        }
        ActorVersion version = history.actorVersion(Ids.parse(from), Ids.parse(revision))
                .orElseThrow(() -> new NotFoundException("Actor version", Ids.parse(revision)));
        models.put("restoring", version);
        return form(ActorForm.of(version, null), null, FieldErrors.none());
    }

    /** Who changed the actor, its contacts and stuntman, what and when, newest first, for editors. */
    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") String id, @QueryParam("page") String page) {
        long actorId = Ids.parse(id);
        Page<HistoryEntry> entries = history.ofActor(actorId, HistoryViews.pageRequest(page));
        String name = actors.names(Set.of(actorId)).get(actorId);
        if (name == null && entries.isEmpty() && entries.number() == 1) {
            throw new NotFoundException("Actor", actorId);
        }
        models.put("actor", name == null ? null : new Choice(actorId, name));
        return HistoryViews.put(
                models, entries, "/actors/" + actorId + "/history", "actors/history.html", texts.locale());
    }

    @POST
    public Response create(@BeanParam ActorForm form) {
        FieldErrors errors = validate(form);
        if (!errors.isEmpty()) {
            return Views.render(servletResponse, Status.BAD_REQUEST, form(form, null, errors));
        }
        Actor actor = actors.create(form.draft());
        flash.setMessage(texts.text("actor.saved", actor.getName()));
        return Views.redirect("/actors/" + actor.getId());
    }

    @GET
    @Path("{id}/edit")
    public String editForm(@PathParam("id") String id, @QueryParam("revision") String revision) {
        Actor actor = actors.getProfile(Ids.parse(id));
        if (revision == null) {
            return form(ActorForm.of(actor), actor, FieldErrors.none());
        }
        // Restoring an earlier version: an ordinary edit of the current one, stale-edit check included.
        ActorVersion version = history.actorVersion(actor.getId(), Ids.parse(revision))
                .orElseThrow(() -> new NotFoundException("Actor version", Ids.parse(revision)));
        models.put("restoring", version);
        return form(ActorForm.of(version, actor.getVersion()), actor, FieldErrors.none());
    }

    @POST
    @Path("{id}")
    public Response update(@PathParam("id") String id, @BeanParam ActorForm form) {
        long actorId = Ids.parse(id);
        long version = Ids.version(form.getVersion());
        FieldErrors errors = validate(form);
        if (!errors.isEmpty()) {
            return Views.render(servletResponse, Status.BAD_REQUEST, form(form, actors.getProfile(actorId), errors));
        }
        try {
            Actor actor = actors.update(actorId, version, form.draft());
            flash.setMessage(texts.text("actor.saved", actor.getName()));
            return Views.redirect("/actors/" + actor.getId());
        } catch (StaleEditException e) {
            Actor current = actors.getProfile(actorId);
            return StaleEdits.conflict(
                    servletResponse, models, form, form(ActorForm.of(current), current, FieldErrors.none()));
        }
    }

    @GET
    @Path("{id}/delete")
    public String confirmDelete(@PathParam("id") String id) {
        models.put("actor", actors.getProfile(Ids.parse(id)));
        return "actors/delete.html";
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") String id, @FormParam("version") String version) {
        long actorId = Ids.parse(id);
        try {
            String name = actors.delete(actorId, Ids.versionOrNull(version));
            flash.setMessage(texts.text("actor.deleted", name));
            return Views.redirect("/actors");
        } catch (StaleEditException e) {
            models.put("actor", actors.getProfile(actorId));
            return StaleEdits.conflict(servletResponse, models, null, "actors/delete.html");
        }
    }

    private FieldErrors validate(ActorForm form) {
        return FieldErrors.of(binding)
                .validate(texts.validator(), Actor.class, "name", form.getName(), "name")
                .validate(texts.validator(), Actor.class, "birthday", form.birthday(), "birthday");
    }

    private String form(ActorForm form, Actor actor, FieldErrors errors) {
        models.put("form", form);
        models.put("actor", actor);
        models.put("errors", errors);
        models.put("formAction", actor == null ? "/actors" : "/actors/" + actor.getId());
        models.put("cancelUrl", actor == null ? "/actors" : "/actors/" + actor.getId());
        return "actors/form.html";
    }
}
