package app.marquee.web.actor;

import app.marquee.actor.ActorRepository;
import app.marquee.catalog.Actor;
import app.marquee.catalog.Stuntman;
import app.marquee.persistence.NotFoundException;
import app.marquee.persistence.StaleEditException;
import app.marquee.web.i18n.PageTexts;
import app.marquee.web.pages.FieldErrors;
import app.marquee.web.pages.FlashMessages;
import app.marquee.web.pages.Ids;
import app.marquee.web.pages.StaleEdits;
import app.marquee.web.pages.Views;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * An actor's stuntman: set, renamed, (de)activated with the form on the actor's page, and removed
 * after a confirmation step. The form carries the version of the stuntman it showed (empty for
 * none); if the stuntman was set, changed or removed since, the page comes back with a conflict.
 */
@Controller
@RequestScoped
@Path("actors/{actorId}/stuntman")
public class StuntmanController {

    @Inject
    ActorRepository actors;

    @Inject
    ActorPage actorPage;

    @Inject
    Models models;

    @Inject
    FlashMessages flash;

    @Inject
    PageTexts texts;

    @Context
    HttpServletResponse servletResponse;

    @POST
    public Response save(@PathParam("actorId") String actorIdParam, @BeanParam StuntmanForm form) {
        long actorId = Ids.parse(actorIdParam);
        Long basedOn = form.basedOn();
        FieldErrors errors =
                FieldErrors.none().validate(texts.validator(), Stuntman.class, "name", form.getName(), "stuntmanName");
        if (form.hasMalformedActive()) {
            errors.add("stuntmanActive", texts.text("stuntman.active.malformed"));
        }
        if (!errors.isEmpty()) {
            Actor actor = actors.getProfile(actorId);
            return Views.render(
                    servletResponse,
                    Status.BAD_REQUEST,
                    actorPage.show(actor, ContactForm.empty(), FieldErrors.none(), form, errors));
        }
        try {
            Stuntman stuntman = actors.saveStuntman(actorId, basedOn, form.getName(), form.isActive());
            flash.setMessage(
                    stuntman.isActive()
                            ? texts.text("stuntman.saved", stuntman.getName())
                            : texts.text("stuntman.savedInactive", stuntman.getName()));
            return Views.redirect("/actors/" + actorId);
        } catch (StaleEditException e) {
            Actor current = actors.getProfile(actorId);
            return StaleEdits.conflict(
                    servletResponse,
                    models,
                    form,
                    actorPage.show(
                            current,
                            ContactForm.empty(),
                            FieldErrors.none(),
                            ActorPage.stuntmanForm(current),
                            FieldErrors.none()));
        }
    }

    @GET
    @Path("delete")
    public String confirmRemove(@PathParam("actorId") String actorIdParam) {
        Actor actor = actors.getProfile(Ids.parse(actorIdParam));
        Stuntman stuntman =
                actor.getStuntman().orElseThrow(() -> new NotFoundException("Stuntman of actor", actor.getId()));
        models.put("actor", actor);
        models.put("stuntman", stuntman);
        return "actors/stuntman-delete.html";
    }

    @POST
    @Path("delete")
    public Response remove(@PathParam("actorId") String actorIdParam) {
        long actorId = Ids.parse(actorIdParam);
        boolean had = actors.removeStuntman(actorId);
        flash.setMessage(had ? texts.text("stuntman.removed") : texts.text("stuntman.noneToRemove"));
        return Views.redirect("/actors/" + actorId);
    }
}
