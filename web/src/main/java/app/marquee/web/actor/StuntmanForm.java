package app.marquee.web.actor;

import app.marquee.catalog.Stuntman;
import jakarta.ws.rs.FormParam;

/** What the stuntman form submits: a name and whether the stuntman is active (a checkbox). */
public class StuntmanForm {

    @FormParam("stuntmanName")
    String name;

    @FormParam("stuntmanActive")
    String active;

    /** The form for an actor without a stuntman: a new stuntman is active unless unticked. */
    static StuntmanForm empty() {
        StuntmanForm form = new StuntmanForm();
        form.active = "on";
        return form;
    }

    static StuntmanForm of(Stuntman stuntman) {
        StuntmanForm form = new StuntmanForm();
        form.name = stuntman.getName();
        form.active = stuntman.isActive() ? "on" : null;
        return form;
    }

    public String getName() {
        return name == null ? null : name.strip();
    }

    public boolean isActive() {
        return active != null && !active.isBlank();
    }
}
