package app.marquee.account;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an account may do. Reading needs no account at all; an editor changes the catalogue; an admin
 * also manages accounts. An admin holds both roles, so every check for "editor" admits admins too.
 */
public enum Role {
    EDITOR,
    ADMIN;

    /** The group name Jakarta Security and API tokens use: {@code editor}, {@code admin}. */
    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The roles an account at this level holds: an admin is also an editor. */
    public Set<Role> granted() {
        return this == ADMIN ? EnumSet.of(EDITOR, ADMIN) : EnumSet.of(EDITOR);
    }

    /** The level named by {@code group}, e.g. from a form; empty for anything else. */
    public static java.util.Optional<Role> ofGroup(String group) {
        for (Role role : values()) {
            if (role.group().equals(group)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
