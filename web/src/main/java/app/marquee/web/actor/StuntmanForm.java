package app.marquee.web.actor;

import app.marquee.catalog.Stuntman;
import app.marquee.text.Text;
import app.marquee.web.pages.Ids;
import jakarta.ws.rs.FormParam;
import java.util.Locale;
import java.util.Set;

/**
 * What the stuntman form submits: a name, whether the stuntman is active (a checkbox), and the version
 * of the stuntman the user started from, empty when the actor had none.
 */
public class StuntmanForm {

    private static final Set<String> TICKED = Set.of("on", "true", "yes", "1");
    private static final Set<String> UNTICKED = Set.of("", "off", "false", "no", "0");

    @FormParam("stuntmanName")
    String name;

    @FormParam("stuntmanActive")
    String active;

    @FormParam("stuntmanVersion")
    String version;

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
        form.version = String.valueOf(stuntman.getVersion());
        return form;
    }

    public String getName() {
        return Text.normalize(name);
    }

    /** Ticked: the checkbox sends "on"; "true", "yes" and "1" (from other clients) count too. */
    public boolean isActive() {
        return active != null && TICKED.contains(active.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the field holds something that is neither ticked nor unticked ("maybe"). */
    boolean hasMalformedActive() {
        return active != null
                && !isActive()
                && !UNTICKED.contains(active.strip().toLowerCase(Locale.ROOT));
    }

    public String getVersion() {
        return version == null ? "" : version;
    }

    /** The version the edit was based on, or null if the actor had no stuntman when the form was shown. */
    Long basedOn() {
        return version == null || version.isBlank() ? null : Ids.version(version);
    }
}
