package app.marquee.web.actor;

import app.marquee.catalog.Actor;
import app.marquee.web.pages.FieldErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;

/**
 * The model of an actor's page, which three controllers render: the actor's own, and the contact
 * and stuntman controllers when a form on that page has errors.
 */
@RequestScoped
class ActorPage {

    static final String VIEW = "actors/show.html";

    @Inject
    Models models;

    String show(Actor actor) {
        return show(actor, ContactForm.empty(), FieldErrors.none(), stuntmanForm(actor), FieldErrors.none());
    }

    String show(
            Actor actor,
            ContactForm contactForm,
            FieldErrors contactErrors,
            StuntmanForm stuntmanForm,
            FieldErrors stuntmanErrors) {
        models.put("actor", actor);
        models.put("contactForm", contactForm);
        models.put("contactErrors", contactErrors);
        models.put("stuntmanForm", stuntmanForm);
        models.put("stuntmanErrors", stuntmanErrors);
        return VIEW;
    }

    static StuntmanForm stuntmanForm(Actor actor) {
        return actor.getStuntman().map(StuntmanForm::of).orElseGet(StuntmanForm::empty);
    }
}
