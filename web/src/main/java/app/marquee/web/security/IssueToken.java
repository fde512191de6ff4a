package app.marquee.web.security;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a token signed with the application's own key, for scripts and curl:
 * <pre>
 * java -cp "web/target/marquee/WEB-INF/classes:web/target/marquee/WEB-INF/lib/*" \
 *     app.marquee.web.security.IssueToken --subject alice --group editor
 * </pre>
 * It reads (or, before the first start, creates) the same key file as the application, and takes
 * the same settings: {@code marquee.jwt.signing-key}, {@code marquee.jwt.issuer} and
 * {@code marquee.jwt.audience}, as system properties or as the environment variables
 * MARQUEE_JWT_SIGNING_KEY, MARQUEE_JWT_ISSUER and MARQUEE_JWT_AUDIENCE; options override them.
 * Only the token goes to standard output, so {@code TOKEN=$(...)} works.
 */
public final class IssueToken {

    private static final String USAGE = """
            Usage: IssueToken --subject NAME [--group GROUP]... [--lifetime DURATION] [--key FILE]
                              [--issuer ISS] [--audience AUD]
              --subject   who the token is for (sub and upn claims), required
              --group     a group (groups claim); repeat for several. Writes need: editor
              --lifetime  how long the token is valid, ISO-8601 or e.g. 30m, 8h, 7d (default 8h)
              --key       the signing key file (default: marquee.jwt.signing-key, else ~/.marquee/jwt-signing-key.json)
              --issuer    the iss claim (default: marquee.jwt.issuer, else marquee)
              --audience  the aud claim (default: marquee.jwt.audience, else marquee-api)
            """;

    private IssueToken() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command with these arguments and streams; returns the exit status (0, or 2 for bad usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String subject = null;
        List<String> groups = new ArrayList<>();
        Duration lifetime = Duration.ofHours(8);
        Path key = setting(SigningKeyFile.LOCATION_KEY).map(Path::of).orElseGet(SigningKeyFile::defaultLocation);
        String issuer = setting(OwnIssuer.ISSUER_KEY).orElse(OwnIssuer.DEFAULT_ISSUER);
        String audience = setting(OwnIssuer.AUDIENCE_KEY).orElse(OwnIssuer.DEFAULT_AUDIENCE);
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    out.print(USAGE);
                    return 0;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--subject" -> subject = value;
                    case "--group" -> groups.add(value);
                    case "--lifetime" -> lifetime = duration(value);
                    case "--key" -> key = Path.of(value);
                    case "--issuer" -> issuer = value;
                    case "--audience" -> audience = value;
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                }
            }
            if (subject == null || subject.isBlank()) {
                throw new IllegalArgumentException("--subject is required");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        OwnIssuer own = new OwnIssuer(SigningKeyFile.loadOrCreate(key), issuer, audience);
        out.println(own.issue(subject, groups, lifetime));
        return 0;
    }

    static Duration duration(String text) {
        try {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.startsWith("p")) {
                return positive(Duration.parse(text));
            }
            if (lower.endsWith("d")) {
                return positive(Duration.ofDays(Long.parseLong(lower.substring(0, lower.length() - 1))));
            }
            return positive(Duration.parse("PT" + lower));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("Not a duration: " + text + " (try 30m, 8h or 7d)");
        }
    }

    private static Duration positive(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The lifetime must be positive");
        }
        return duration;
    }

    /** A setting as MicroProfile Config would find it outside the server: system property, then environment. */
    private static java.util.Optional<String> setting(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
    }
}
