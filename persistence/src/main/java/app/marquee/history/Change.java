package app.marquee.history;

import java.util.List;

/**
 * One thing a history entry changed, e.g. the title from "Furious Seven" to "Furious 7", a cast that
 * gained Vin Diesel and lost Paul Walker, or a contact added.
 *
 * @param subject what changed: a field ({@code title}, {@code releaseDate}, {@code name},
 *                {@code birthday}) or {@code cast}, {@code contact}, {@code stuntman}
 * @param before  its value before, or null when it had none (or was added)
 * @param after   its value after, or null when it has none (or was removed)
 * @param added   for the cast: the actors added, by name
 * @param removed for the cast: the actors removed, by name
 */
public record Change(String subject, String before, String after, List<String> added, List<String> removed) {

    /** How a field that had no value is shown before its new one. */
    public static final String NONE = "(none)";

    public Change {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    static Change of(String subject, Object before, Object after) {
        return new Change(
                subject,
                before == null ? null : before.toString(),
                after == null ? null : after.toString(),
                List.of(),
                List.of());
    }

    static Change cast(List<String> added, List<String> removed) {
        return new Change("cast", null, null, added, removed);
    }

    /** What kind of change it is, for the wording: a field set, changed or cleared, a record added, changed or removed. */
    public String kind() {
        if (subject.equals("cast")) {
            return "cast";
        }
        if (before == null) {
            return "added";
        }
        return after == null ? "removed" : "changed";
    }

    /** The change in words, e.g. {@code title: Furious Seven → Furious 7} or {@code cast: + Vin Diesel, − Paul Walker}. */
    public String describe() {
        String label = switch (subject) {
            case "releaseDate" -> "release date";
            default -> subject;
        };
        if (subject.equals("cast")) {
            StringBuilder text = new StringBuilder("cast: ");
            String separator = "";
            for (String name : added) {
                text.append(separator).append("+ ").append(name);
                separator = ", ";
            }
            for (String name : removed) {
                text.append(separator).append("\u2212 ").append(name);
                separator = ", ";
            }
            return text.toString();
        }
        boolean record = subject.equals("contact") || subject.equals("stuntman");
        if (before == null) {
            return record ? label + " added: " + after : label + ": " + after;
        }
        if (after == null) {
            return record ? label + " removed: " + before : label + ": " + before + " \u2192 " + NONE;
        }
        return (record ? label + " changed: " : label + ": ") + before + " \u2192 " + after;
    }
}
