package app.marquee.web.actor;

import app.marquee.actor.ActorRepository;
import app.marquee.catalog.Actor;
import app.marquee.catalog.ContactDetails;
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
 * An actor's contact details: added with the form on the actor's page, edited on their own page,
 * removed after a confirmation step. Each write returns to the actor's page with a flash message.
 */
@Controller
@RequestScoped
@Path("actors/{actorId}/contacts")
public class ContactController {

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
    public Response add(@PathParam("actorId") String actorIdParam, @BeanParam ContactForm form) {
        long actorId = Ids.parse(actorIdParam);
        FieldErrors errors = validate(form);
        if (!errors.isEmpty()) {
            Actor actor = actors.getProfile(actorId);
            return Views.render(
                    servletResponse,
                    Status.BAD_REQUEST,
                    actorPage.show(actor, form, errors, ActorPage.stuntmanForm(actor), FieldErrors.none()));
        }
        actors.addContact(actorId, form.getPhoneNumber(), form.getAddress());
        flash.setMessage(texts.text("contact.added", form.getPhoneNumber(), form.getAddress()));
        return Views.redirect("/actors/" + actorId);
    }

    @GET
    @Path("{contactId}/edit")
    public String editForm(@PathParam("actorId") String actorIdParam, @PathParam("contactId") String contactId) {
        long actorId = Ids.parse(actorIdParam);
        long id = Ids.parse(contactId);
        Actor actor = actors.getProfile(actorId);
        ContactDetails contact = contactOf(actor, id);
        return form(actor, contact, ContactForm.of(contact), FieldErrors.none());
    }

    @POST
    @Path("{contactId}")
    public Response update(
            @PathParam("actorId") String actorIdParam,
            @PathParam("contactId") String contactId,
            @BeanParam ContactForm form) {
        long actorId = Ids.parse(actorIdParam);
        long id = Ids.parse(contactId);
        long version = Ids.version(form.getVersion());
        FieldErrors errors = validate(form);
        if (!errors.isEmpty()) {
            Actor actor = actors.getProfile(actorId);
            return Views.render(servletResponse, Status.BAD_REQUEST, form(actor, contactOf(actor, id), form, errors));
        }
        try {
            actors.updateContact(actorId, id, version, form.getPhoneNumber(), form.getAddress());
            flash.setMessage(texts.text("contact.saved", form.getPhoneNumber(), form.getAddress()));
            return Views.redirect("/actors/" + actorId);
        } catch (StaleEditException e) {
            Actor actor = actors.getProfile(actorId);
            ContactDetails current = contactOf(actor, id);
            return StaleEdits.conflict(
                    servletResponse, models, form, form(actor, current, ContactForm.of(current), FieldErrors.none()));
        }
    }

    @GET
    @Path("{contactId}/delete")
    public String confirmRemove(@PathParam("actorId") String actorIdParam, @PathParam("contactId") String contactId) {
        long actorId = Ids.parse(actorIdParam);
        long id = Ids.parse(contactId);
        Actor actor = actors.getProfile(actorId);
        models.put("actor", actor);
        models.put("contact", contactOf(actor, id));
        return "actors/contact-delete.html";
    }

    @POST
    @Path("{contactId}/delete")
    public Response remove(@PathParam("actorId") String actorIdParam, @PathParam("contactId") String contactId) {
        long actorId = Ids.parse(actorIdParam);
        long id = Ids.parse(contactId);
        ContactDetails removed = actors.removeContact(actorId, id);
        flash.setMessage(texts.text("contact.removed", removed.getPhoneNumber(), removed.getAddress()));
        return Views.redirect("/actors/" + actorId);
    }

    private FieldErrors validate(ContactForm form) {
        return FieldErrors.none()
                .validate(texts.validator(), ContactDetails.class, "phoneNumber", form.getPhoneNumber(), "phoneNumber")
                .validate(texts.validator(), ContactDetails.class, "address", form.getAddress(), "address");
    }

    private static ContactDetails contactOf(Actor actor, long contactId) {
        return actor.findContact(contactId).orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    private String form(Actor actor, ContactDetails contact, ContactForm form, FieldErrors errors) {
        models.put("actor", actor);
        models.put("contact", contact);
        models.put("form", form);
        models.put("errors", errors);
        return "actors/contact-form.html";
    }
}
