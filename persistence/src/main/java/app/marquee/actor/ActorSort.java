package app.marquee.actor;

import java.util.Arrays;
import java.util.Optional;

/** The orders an actor listing can be sorted in, by their URL names ({@code name}, {@code -birthday}, ...). */
public enum ActorSort {
    NAME("name", "lower(a.name) asc, a.id asc"),
    NAME_DESC("-name", "lower(a.name) desc, a.id desc"),
    BIRTHDAY("birthday", "a.birthday asc nulls last, a.id asc"),
    BIRTHDAY_DESC("-birthday", "a.birthday desc nulls last, a.id desc");

    private final String param;
    final String orderBy;

    ActorSort(String param, String orderBy) {
        this.param = param;
        this.orderBy = orderBy;
    }

    public String param() {
        return param;
    }

    public static Optional<ActorSort> fromParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }
}
