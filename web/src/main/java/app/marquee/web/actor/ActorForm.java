package app.marquee.web.actor;

import app.marquee.actor.ActorDraft;
import app.marquee.catalog.Actor;
import app.marquee.history.ActorVersion;
import app.marquee.text.Text;
import jakarta.mvc.binding.MvcBinding;
import jakarta.ws.rs.FormParam;
import java.time.LocalDate;

/**
 * What the actor form submits: name, birthday and, when editing, the version the user started from.
 * The birthday is bound twice: converted (a bad date becomes a binding error) and as typed.
 */
public class ActorForm {

    @FormParam("name")
    String name;

    @MvcBinding
    @FormParam("birthday")
    LocalDate birthday;

    @FormParam("birthday")
    String birthdayText;

    @FormParam("version")
    String version;

    static ActorForm empty() {
        return new ActorForm();
    }

    /** The form filled with an earlier version, to restore it ({@code currentVersion}) or recreate it (null). */
    static ActorForm of(ActorVersion earlier, Long currentVersion) {
        ActorForm form = new ActorForm();
        form.name = earlier.name();
        form.birthday = earlier.birthday();
        form.birthdayText = earlier.birthday() == null ? "" : earlier.birthday().toString();
        form.version = currentVersion == null ? null : String.valueOf(currentVersion);
        return form;
    }

    static ActorForm of(Actor actor) {
        ActorForm form = new ActorForm();
        form.name = actor.getName();
        form.birthday = actor.getBirthday();
        form.birthdayText =
                actor.getBirthday() == null ? "" : actor.getBirthday().toString();
        form.version = String.valueOf(actor.getVersion());
        return form;
    }

    public String getName() {
        return Text.normalize(name);
    }

    public String getBirthday() {
        return birthdayText == null ? "" : birthdayText.strip();
    }

    LocalDate birthday() {
        return birthday;
    }

    public String getVersion() {
        return version;
    }

    ActorDraft draft() {
        return new ActorDraft(getName(), birthday);
    }
}
