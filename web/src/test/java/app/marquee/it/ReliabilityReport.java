package app.marquee.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link ReliabilityIT} measured, written as a markdown table to
 * {@code web/target/reliability-results.md} (and printed) when the class is done, for
 * {@code bench/reliability.sh} to keep. It only collects numbers; no test reads it.
 */
final class ReliabilityReport {

    /** One bad-input case that failed a check. */
    record Finding(String group, String name, int status, String expected, String problems) {}

    /** The server's gauges at one moment. */
    record Gauges(long heapAfterGcBytes, long databaseConnections, long sessions, long threads) {}

    private final String mode;
    private final String settings;
    private final Map<String, int[]> corpus = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> corpusTimings = new ArrayList<>();
    private final Map<String, int[]> races = new LinkedHashMap<>();
    private final List<String> raceNotes = new ArrayList<>();
    private int lostUpdates;
    private Long recoveryMillis;
    private String outageNote;
    private Gauges soakStart;
    private Gauges soakEnd;
    private String soakNote;

    ReliabilityReport(String mode, String settings) {
        this.mode = mode;
        this.settings = settings;
    }

    /** A corpus group's totals: cases, answered 5xx, leaking, changing the database, failing any check. */
    synchronized void corpus(
            String group, int cases, int serverErrors, int leaks, int changes, List<Finding> failed, String timing) {
        corpus.put(group, new int[] {cases, serverErrors, leaks, changes, failed.size()});
        findings.addAll(failed);
        corpusTimings.add(timing);
    }

    synchronized void race(String kind, int rounds, int withoutOneWinner, int lost, List<String> notes) {
        races.put(kind, new int[] {rounds, withoutOneWinner});
        lostUpdates += lost;
        notes.forEach(n -> raceNotes.add(kind + ": " + n));
    }

    synchronized void outage(Long recoveryMillis, int lost, String note) {
        this.recoveryMillis = recoveryMillis;
        this.lostUpdates += lost;
        this.outageNote = note;
    }

    synchronized void soak(Gauges start, Gauges end, String note) {
        this.soakStart = start;
        this.soakEnd = end;
        this.soakNote = note;
    }

    synchronized String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Marquee reliability (").append(mode).append(" mode)\n\n");
        md.append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(": ")
                .append(settings)
                .append(".\n\n");
        md.append("| measure | value |\n|---|---|\n");
        int[] total = new int[5];
        corpus.values().forEach(c -> {
            for (int i = 0; i < total.length; i++) {
                total[i] += c[i];
            }
        });
        StringBuilder groups = new StringBuilder();
        corpus.forEach((group, c) -> groups.append(groups.isEmpty() ? "" : ", ")
                .append(group)
                .append(' ')
                .append(c[0]));
        row(md, "bad-input cases", corpus.isEmpty() ? "not run" : total[0] + " (" + groups + ")");
        row(md, "cases answered with a 5xx", corpus.isEmpty() ? "not run" : String.valueOf(total[1]));
        row(md, "cases leaking a stack trace or product name", corpus.isEmpty() ? "not run" : String.valueOf(total[2]));
        row(md, "database changes by refused requests", corpus.isEmpty() ? "not run" : String.valueOf(total[3]));
        row(md, "cases failing any check", corpus.isEmpty() ? "not run" : String.valueOf(total[4]));
        row(
                md,
                "lost updates (acknowledged writes not stored)",
                races.isEmpty() && outageNote == null ? "not run" : String.valueOf(lostUpdates));
        int rounds = races.values().stream().mapToInt(r -> r[0]).sum();
        int bad = races.values().stream().mapToInt(r -> r[1]).sum();
        row(md, "race rounds with not exactly one winner", races.isEmpty() ? "not run" : bad + " of " + rounds);
        row(
                md,
                "recovery time after the outage (ms)",
                outageNote == null
                        ? "not run"
                        : recoveryMillis == null ? "did not recover" : String.valueOf(recoveryMillis));
        if (soakStart == null || soakEnd == null) {
            row(md, "soak drift", "not run");
        } else {
            row(
                    md,
                    "soak: heap after GC (MB), start → end",
                    mb(soakStart.heapAfterGcBytes()) + " → " + mb(soakEnd.heapAfterGcBytes()));
            row(
                    md,
                    "soak: database connections, start → end",
                    soakStart.databaseConnections() + " → " + soakEnd.databaseConnections());
            row(md, "soak: HTTP sessions, start → end", soakStart.sessions() + " → " + soakEnd.sessions());
            row(md, "soak: threads, start → end", soakStart.threads() + " → " + soakEnd.threads());
        }
        if (!corpusTimings.isEmpty()) {
            md.append("\n## Bad-input corpus\n\n");
            corpusTimings.forEach(t -> md.append("- ").append(t).append('\n'));
        }
        if (!races.isEmpty()) {
            md.append("\n## Race rounds\n\n| kind | rounds | not exactly one winner |\n|---|---|---|\n");
            races.forEach((kind, r) -> md.append("| ")
                    .append(kind)
                    .append(" | ")
                    .append(r[0])
                    .append(" | ")
                    .append(r[1])
                    .append(" |\n"));
            raceNotes.forEach(n -> md.append("\n- ").append(cell(n)));
            md.append('\n');
        }
        if (outageNote != null) {
            md.append("\n## Outage\n\n").append(outageNote).append('\n');
        }
        if (soakNote != null) {
            md.append("\n## Soak\n\n").append(soakNote).append('\n');
        }
        if (!findings.isEmpty()) {
            md.append(
                    "\n## Failing bad-input cases\n\n| group | case | status | expected | problems |\n|---|---|---|---|---|\n");
            findings.forEach(f -> md.append("| ")
                    .append(f.group())
                    .append(" | ")
                    .append(cell(f.name()))
                    .append(" | ")
                    .append(f.status())
                    .append(" | ")
                    .append(f.expected())
                    .append(" | ")
                    .append(cell(f.problems()))
                    .append(" |\n"));
        }
        return md.toString();
    }

    /** Writes the markdown to {@code target/reliability-results.md} of the web module and returns it. */
    String write() {
        String md = markdown();
        Path file = Path.of(System.getProperty("basedir", "."), "target", "reliability-results.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return md;
    }

    private static void row(StringBuilder md, String measure, String value) {
        md.append("| ").append(measure).append(" | ").append(value).append(" |\n");
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** Text fit for a table cell: one line, no pipes, not endless. */
    private static String cell(String text) {
        String line = text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
        StringBuilder visible = new StringBuilder();
        line.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                visible.append(String.format("U+%04X", c));
            } else {
                visible.appendCodePoint(c);
            }
        });
        return visible.length() > 400 ? visible.substring(0, 400) + "…" : visible.toString();
    }
}
