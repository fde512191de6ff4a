package app.marquee.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Requests a user or a script may send by mistake or in bad faith, each with the answer Marquee
 * must give: every form and API endpoint, the address and the headers themselves.
 * {@link ReliabilityIT} sends each one and checks that the answer is one of the expected 4xx (never
 * a 5xx), that it is Marquee's own page or problem document with a message (a message beside the
 * field for a form's invalid value, an {@code errors} entry for the API's), that it names neither
 * an exception nor the server's products, and that the database is exactly as it was.
 *
 * <p>Every case starts from a valid request and breaks one thing, so that an answer that accepts
 * the mistake also changes the database and shows. Requests are built from {@link Known} (the ids,
 * versions, CSRF tokens and bearer tokens of the moment), as the catalogue is reset whenever a case
 * did change it.
 */
final class BadInputCorpus {

    static final String FORMS = "forms";
    static final String API = "api";
    static final String TOKENS = "tokens";
    static final String TRANSPORT = "transport";

    /** Whose cookie a request carries. */
    enum Session {
        NONE,
        EDITOR,
        ADMIN,
        SIGN_IN
    }

    /** One request, as sent: {@code path} is relative to the application unless it starts with "/" or "*". */
    record Request(Session session, String method, String path, List<Map.Entry<String, String>> headers, byte[] body) {}

    /**
     * What a case may refer to: sample records (Furious 7 with Dwayne Johnson, who has contacts and a
     * stuntman; Pain &amp; Gain; Mark Wahlberg and his contact), their versions, an id nothing has, an
     * account an admin may act on, the CSRF tokens of the editor's, the admin's and a sign-in page's
     * sessions plus one of yet another session, and bearer tokens good and bad.
     */
    record Known(
            long movie,
            long movieVersion,
            long otherMovie,
            String otherTitle,
            String otherDate,
            long actor,
            long actorVersion,
            long otherActor,
            long contact,
            long contactVersion,
            long foreignContact,
            long stuntmanVersion,
            long unknown,
            long targetAccount,
            String editorCsrf,
            String adminCsrf,
            String signInCsrf,
            String foreignCsrf,
            String editorToken,
            String readerToken,
            Map<String, String> forgedTokens) {}

    /**
     * One bad request and what must come back.
     *
     * @param field the form field or API {@code errors} entry a 400 must name (null: none in particular)
     * @param notReflected a payload the answer must not contain as it was sent (an HTML page must escape it)
     * @param ownAnswer whether a 4xx must be Marquee's own page or problem document; false only where the
     *                  server itself refuses before Marquee sees anything (an over-long address or header)
     * @param extra a further property of the answer's body, with its description
     */
    record Case(
            String group,
            String name,
            Set<Integer> expected,
            Function<Known, Request> request,
            String field,
            String notReflected,
            boolean ownAnswer,
            String extraName,
            Predicate<String> extra) {

        Case field(String name) {
            return new Case(group, this.name, expected, request, name, notReflected, ownAnswer, extraName, extra);
        }

        Case notReflecting(String payload) {
            return new Case(group, name, expected, request, field, payload, ownAnswer, extraName, extra);
        }

        Case anyAnswer() {
            return new Case(group, name, expected, request, field, notReflected, false, extraName, extra);
        }

        Case expecting(String description, Predicate<String> check) {
            return new Case(group, name, expected, request, field, notReflected, ownAnswer, description, check);
        }

        /** The same request with this body (none when the function gives null). */
        Case withBody(Function<Known, String> body) {
            Function<Known, Request> original = request;
            return new Case(
                    group,
                    name,
                    expected,
                    k -> {
                        Request r = original.apply(k);
                        String text = body.apply(k);
                        return new Request(
                                r.session(),
                                r.method(),
                                r.path(),
                                r.headers(),
                                text == null ? null : text.getBytes(StandardCharsets.UTF_8));
                    },
                    field,
                    notReflected,
                    ownAnswer,
                    extraName,
                    extra);
        }

        Case withRawBody(String body) {
            return withBody(k -> body);
        }
    }

    /** A named bad value for one field. */
    record Bad(String label, String value) {}

    private static final Set<Integer> S400 = Set.of(400);
    private static final Set<Integer> S400_404 = Set.of(400, 404);
    private static final Set<Integer> S400_409 = Set.of(400, 409);
    private static final Set<Integer> S400_413 = Set.of(400, 413);
    private static final Set<Integer> S400_415 = Set.of(400, 415);
    private static final Set<Integer> S200 = Set.of(200);
    private static final Set<Integer> S200_400 = Set.of(200, 400);
    private static final Set<Integer> TOO_LONG = Set.of(400, 413, 414, 431);

    /**
     * The transport cases Payara answers itself, before any filter of Marquee's sees the request, with
     * the status it gives (README, "The HTTP listener"). The suite checks that the answer is still
     * that one, so that a Payara which starts handing them to the application is noticed.
     * {@code *} is outside the test deployment's context root ({@code /marquee}); deployed at
     * {@code /}, as the README does, Marquee answers it with its own 404 page.
     */
    static final Map<String, Integer> CONTAINER_ANSWERS = Map.of("the request target *", 404);

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final int MEGABYTE = 1024 * 1024;

    private BadInputCorpus() {}

    static List<Case> all() {
        List<Case> all = new ArrayList<>();
        all.addAll(forms());
        all.addAll(api());
        all.addAll(tokens());
        all.addAll(transport());
        return all;
    }

    static List<Case> group(String group) {
        return switch (group) {
            case FORMS -> forms();
            case API -> api();
            case TOKENS -> tokens();
            case TRANSPORT -> transport();
            default -> throw new IllegalArgumentException(group);
        };
    }

    // --- Bad values ---------------------------------------------------------------------------

    /** Texts a required field of at most {@code max} characters must refuse. */
    static List<Bad> badTexts(int max) {
        return List.of(
                new Bad("over-long by one", "x".repeat(max + 1)),
                new Bad("over-long by one in two-byte characters", "é".repeat(max + 1)),
                new Bad("empty", ""),
                new Bad("blank", "    "),
                new Bad("only no-break spaces", "\u00A0\u00A0\u00A0"),
                new Bad("only zero-width spaces", "\u200B\u200B\u200B"),
                new Bad("only invisible spaces of several kinds", "\u00A0\u200B\u2007\u202F\u2060\uFEFF\u3000"),
                new Bad("a NUL character", "Probe\u0000Name"),
                new Bad("a BEL control character", "Probe\u0007Name"),
                new Bad("an ANSI escape sequence", "Probe\u001B[31mName"),
                new Bad("a DEL character", "Probe\u007FName"),
                new Bad("a C1 control character (NEL)", "Probe\u0085Name"),
                new Bad("a right-to-left override", "Probe\u202Egnp.exe"),
                new Bad("a left-to-right override", "\u202DProbe Name"));
    }

    /** The kinds of bad text that differ most, for fields whose siblings get {@link #badTexts} in full. */
    static List<Bad> someBadTexts(int max) {
        List<Bad> all = badTexts(max);
        return List.of(all.get(0), all.get(3), all.get(4), all.get(5), all.get(7), all.get(8), all.get(12));
    }

    /** Dates neither a release date nor a birthday may have. */
    static List<Bad> badDates() {
        return List.of(
                new Bad("29 February of a common year", "2023-02-29"),
                new Bad("30 February", "2001-02-30"),
                new Bad("month 13", "2015-13-01"),
                new Bad("day 32", "2015-04-32"),
                new Bad("year 0", "0000-01-01"),
                new Bad("a negative year", "-0001-01-01"),
                new Bad("the largest year Java knows", "+999999999-12-31"),
                new Bad("the day before 1850", "1849-12-31"),
                new Bad("year 10000", "+10000-01-01"),
                new Bad("slashes", "2015/04/02"),
                new Bad("day first", "02.04.2015"),
                new Bad("a time of day", "2015-04-02T10:00"),
                new Bad("a word", "soon"),
                new Bad("SQL", "2015-01-01' OR '1'='1"));
    }

    /** Texts with SQL's (and LIKE's) special characters; no sample title, name or address contains any. */
    static List<Bad> sqlTexts() {
        return List.of(
                new Bad("a quote", "'"),
                new Bad("an always-true condition", "' OR '1'='1"),
                new Bad("a DROP TABLE", "'; DROP TABLE movies; --"),
                new Bad("LIKE's percent", "%"),
                new Bad("LIKE's underscore", "_"),
                new Bad("a backslash", "\\"),
                new Bad("a percent with a condition", "%' OR title LIKE '%"),
                new Bad("a bracketed condition", "1) OR (1=1"),
                new Bad("double quotes", "\" OR \"\"=\""),
                new Bad("a cast", "$1::text"));
    }

    // --- Forms --------------------------------------------------------------------------------

    private static List<Case> forms() {
        List<Case> cases = new ArrayList<>();
        String g = FORMS;

        // The movie form.
        for (Bad bad : badTexts(200)) {
            cases.add(form(
                            g,
                            "create movie: title " + bad.label(),
                            S400,
                            "movies",
                            k -> movieFields().set("title", bad.value()))
                    .field("title"));
        }
        cases.add(rawForm(
                        g,
                        "create movie: title with an unpaired surrogate (bytes ED A0 80)",
                        S400,
                        "movies",
                        "title=Probe%ED%A0%80&releaseDate=2001-01-01")
                .field("title"));
        cases.add(rawForm(
                        g,
                        "create movie: title in invalid UTF-8 (bytes C3 28)",
                        S400,
                        "movies",
                        "title=Probe%C3%28&releaseDate=2001-01-01")
                .field("title"));
        cases.add(rawForm(
                g,
                "create movie: body that is not URL encoding (%zz)",
                S400,
                "movies",
                "title=probe%zz&releaseDate=2001-01-01"));
        cases.add(rawForm(
                g, "create movie: body ending in a lone %", S400, "movies", "releaseDate=2001-01-01&title=probe%"));
        cases.add(form(
                g,
                "create movie: a 1 MB title",
                S400_413,
                "movies",
                k -> movieFields().set("title", "x".repeat(MEGABYTE))));
        for (Bad bad : badDates()) {
            cases.add(form(
                            g,
                            "create movie: release date " + bad.label(),
                            S400,
                            "movies",
                            k -> movieFields().set("releaseDate", bad.value()))
                    .field("releaseDate"));
        }
        cases.add(form(
                        g,
                        "create movie: release date with an HTML payload",
                        S400,
                        "movies",
                        k -> movieFields().set("releaseDate", SCRIPT))
                .field("releaseDate")
                .notReflecting(SCRIPT));
        cases.add(form(
                        g,
                        "create movie: cast id that is letters",
                        S400,
                        "movies",
                        k -> movieFields().add("cast", "abc"))
                .field("cast"));
        cases.add(form(
                        g,
                        "create movie: cast id that is negative",
                        S400,
                        "movies",
                        k -> movieFields().add("cast", "-1"))
                .field("cast"));
        cases.add(form(
                        g,
                        "create movie: cast id nobody has",
                        S400,
                        "movies",
                        k -> movieFields().add("cast", String.valueOf(k.unknown())))
                .field("cast"));
        cases.add(form(
                        g,
                        "create movie: cast id in Arabic-Indic digits of an actor's id",
                        S400,
                        "movies",
                        k -> movieFields().add("cast", arabicIndic(k.actor())))
                .field("cast"));
        cases.add(form(g, "create movie: cast with 501 entries", S400, "movies", k -> {
                    Fields fields = movieFields();
                    IntStream.range(0, 501).forEach(i -> fields.add("cast", String.valueOf(k.unknown() + i)));
                    return fields;
                })
                .field("cast"));
        cases.add(form(
                g,
                "create movie: the title and date of an existing movie",
                S400_409,
                "movies",
                k -> movieFields().set("title", "Furious 7").set("releaseDate", "2015-04-02")));
        cases.add(form(
                g,
                "create movie: an existing movie's title in other case, same date",
                S400_409,
                "movies",
                k -> movieFields().set("title", "FURIOUS 7").set("releaseDate", "2015-04-02")));
        cases.add(form(g, "create movie: no fields but the token", S400, "movies", k -> new Fields())
                .field("title"));
        cases.add(form(
                g,
                "create movie: title given twice, the second blank",
                S400,
                "movies",
                k -> movieFields().add("title", "")));
        cases.add(form(
                g,
                "create movie: release date given twice, the second impossible",
                S400,
                "movies",
                k -> movieFields().add("releaseDate", "2023-02-29")));
        cases.add(typed(
                g,
                "create movie: a JSON body",
                S400_415,
                "movies",
                "application/json",
                k -> "{\"title\":\"Corpus Probe\",\"_csrf\":\"" + k.editorCsrf() + "\"}"));
        cases.add(typed(
                g,
                "create movie: a multipart body that is not multipart",
                S400_415,
                "movies",
                "multipart/form-data; boundary=xyz",
                k -> "_csrf=" + k.editorCsrf() + "&title=Corpus+Probe"));
        cases.add(typed(
                g,
                "create movie: a text/plain body",
                S400_415,
                "movies",
                "text/plain",
                k -> "_csrf=" + k.editorCsrf() + "&title=Corpus+Probe"));
        cases.add(form(
                        g,
                        "find actors: cast search with an HTML payload",
                        S200,
                        "movies",
                        k -> movieFields().set("_action", "findActors").set("castSearch", IMG))
                .notReflecting(IMG));
        for (Bad bad : sqlTexts()) {
            cases.add(form(
                            g,
                            "find actors: cast search with " + bad.label(),
                            S200,
                            "movies",
                            k -> movieFields().set("_action", "findActors").set("castSearch", bad.value()))
                    .expecting("offers no actor", body -> !body.contains("id=\"cast-candidates\"")));
        }

        for (Bad bad : List.of(
                badTexts(200).get(0),
                badTexts(200).get(3),
                badTexts(200).get(4),
                badTexts(200).get(7),
                badTexts(200).get(12))) {
            cases.add(form(
                            g,
                            "edit movie: title " + bad.label(),
                            S400,
                            k -> "movies/" + k.movie(),
                            k -> movieEdit(k).set("title", bad.value()))
                    .field("title"));
        }
        for (Bad bad : List.of(badDates().get(0), badDates().get(6), badDates().get(7))) {
            cases.add(form(
                            g,
                            "edit movie: release date " + bad.label(),
                            S400,
                            k -> "movies/" + k.movie(),
                            k -> movieEdit(k).set("releaseDate", bad.value()))
                    .field("releaseDate"));
        }
        cases.add(form(
                g,
                "edit movie: without a version",
                S400,
                k -> "movies/" + k.movie(),
                k -> movieEdit(k).remove("version")));
        cases.add(form(
                g,
                "edit movie: version that is letters",
                S400,
                k -> "movies/" + k.movie(),
                k -> movieEdit(k).set("version", "abc")));
        cases.add(form(
                g,
                "edit movie: negative version",
                S400,
                k -> "movies/" + k.movie(),
                k -> movieEdit(k).set("version", "-1")));
        cases.add(form(
                g,
                "edit movie: stale version",
                Set.of(409),
                k -> "movies/" + k.movie(),
                k -> movieEdit(k).set("version", String.valueOf(k.movieVersion() + 7))));
        cases.add(form(
                        g,
                        "edit movie: stale version and an HTML payload in the title",
                        Set.of(409),
                        k -> "movies/" + k.movie(),
                        k -> movieEdit(k)
                                .set("version", String.valueOf(k.movieVersion() + 7))
                                .set("title", SCRIPT))
                .notReflecting(SCRIPT));
        cases.add(form(
                g,
                "edit movie: version given twice, stale then current",
                S400_409,
                k -> "movies/" + k.movie(),
                k -> movieEdit(k)
                        .set("version", String.valueOf(k.movieVersion() + 7))
                        .add("version", String.valueOf(k.movieVersion()))));
        cases.add(form(
                g,
                "edit movie: the title and date of another movie",
                S400_409,
                k -> "movies/" + k.movie(),
                k -> movieEdit(k).set("title", k.otherTitle().toUpperCase()).set("releaseDate", k.otherDate())));
        cases.add(form(
                        g,
                        "edit movie: cast id that is letters",
                        S400,
                        k -> "movies/" + k.movie(),
                        k -> movieEdit(k).add("cast", "abc"))
                .field("cast"));

        // The actor form.
        for (Bad bad : badTexts(100)) {
            cases.add(form(
                            g,
                            "create actor: name " + bad.label(),
                            S400,
                            "actors",
                            k -> actorFields().set("name", bad.value()))
                    .field("name"));
        }
        cases.add(rawForm(
                        g,
                        "create actor: name with an unpaired surrogate",
                        S400,
                        "actors",
                        "name=Probe%ED%A0%80&birthday=1970-01-01")
                .field("name"));
        cases.add(rawForm(
                g,
                "create actor: body that is not URL encoding (%zz)",
                S400,
                "actors",
                "name=probe%zz&birthday=1970-01-01"));
        cases.add(form(
                g,
                "create actor: a 1 MB name",
                S400_413,
                "actors",
                k -> actorFields().set("name", "x".repeat(MEGABYTE))));
        for (Bad bad : badDates()) {
            cases.add(form(
                            g,
                            "create actor: birthday " + bad.label(),
                            S400,
                            "actors",
                            k -> actorFields().set("birthday", bad.value()))
                    .field("birthday"));
        }
        cases.add(form(
                        g,
                        "create actor: birthday tomorrow",
                        S400,
                        "actors",
                        k -> actorFields()
                                .set("birthday", LocalDate.now().plusDays(2).toString()))
                .field("birthday"));
        cases.add(form(
                        g,
                        "create actor: birthday 9999-12-31",
                        S400,
                        "actors",
                        k -> actorFields().set("birthday", "9999-12-31"))
                .field("birthday"));
        cases.add(form(
                g,
                "create actor: name given twice, the second blank",
                S400,
                "actors",
                k -> actorFields().add("name", " ")));
        cases.add(form(
                        g,
                        "edit actor: name blank",
                        S400,
                        k -> "actors/" + k.actor(),
                        k -> actorEdit(k).set("name", " "))
                .field("name"));
        cases.add(form(
                        g,
                        "edit actor: birthday in the future",
                        S400,
                        k -> "actors/" + k.actor(),
                        k -> actorEdit(k).set("birthday", "2999-01-01"))
                .field("birthday"));
        cases.add(form(
                        g,
                        "edit actor: birthday year 0",
                        S400,
                        k -> "actors/" + k.actor(),
                        k -> actorEdit(k).set("birthday", "0000-06-01"))
                .field("birthday"));
        cases.add(form(
                g,
                "edit actor: without a version",
                S400,
                k -> "actors/" + k.actor(),
                k -> actorEdit(k).remove("version")));
        cases.add(form(
                g,
                "edit actor: version that is letters",
                S400,
                k -> "actors/" + k.actor(),
                k -> actorEdit(k).set("version", "abc")));
        cases.add(form(
                g,
                "edit actor: stale version",
                Set.of(409),
                k -> "actors/" + k.actor(),
                k -> actorEdit(k).set("version", String.valueOf(k.actorVersion() + 7))));

        // Contacts.
        for (Bad bad : someBadTexts(32)) {
            cases.add(form(
                            g,
                            "add contact: phone number " + bad.label(),
                            S400,
                            k -> "actors/" + k.actor() + "/contacts",
                            k -> contactFields().set("phoneNumber", bad.value()))
                    .field("phoneNumber"));
        }
        for (Bad bad : List.of(
                badTexts(200).get(0),
                badTexts(200).get(3),
                badTexts(200).get(5),
                badTexts(200).get(7),
                badTexts(200).get(12))) {
            cases.add(form(
                            g,
                            "add contact: address " + bad.label(),
                            S400,
                            k -> "actors/" + k.actor() + "/contacts",
                            k -> contactFields().set("address", bad.value()))
                    .field("address"));
        }
        cases.add(form(
                g,
                "add contact: a 1 MB address",
                S400_413,
                k -> "actors/" + k.actor() + "/contacts",
                k -> contactFields().set("address", "x".repeat(MEGABYTE))));
        cases.add(form(
                        g,
                        "edit contact: phone number over-long",
                        S400,
                        k -> "actors/" + k.actor() + "/contacts/" + k.contact(),
                        k -> contactEdit(k).set("phoneNumber", "5".repeat(33)))
                .field("phoneNumber"));
        cases.add(form(
                        g,
                        "edit contact: address only a no-break space",
                        S400,
                        k -> "actors/" + k.actor() + "/contacts/" + k.contact(),
                        k -> contactEdit(k).set("address", "\u00A0"))
                .field("address"));
        cases.add(form(
                g,
                "edit contact: without a version",
                S400,
                k -> "actors/" + k.actor() + "/contacts/" + k.contact(),
                k -> contactEdit(k).remove("version")));
        cases.add(form(
                g,
                "edit contact: stale version",
                Set.of(409),
                k -> "actors/" + k.actor() + "/contacts/" + k.contact(),
                k -> contactEdit(k).set("version", String.valueOf(k.contactVersion() + 7))));
        cases.add(form(
                g,
                "edit contact: a contact of another actor",
                Set.of(404),
                k -> "actors/" + k.actor() + "/contacts/" + k.foreignContact(),
                k -> contactEdit(k)));
        cases.add(form(
                g,
                "remove contact: a contact of another actor",
                Set.of(404),
                k -> "actors/" + k.actor() + "/contacts/" + k.foreignContact() + "/delete",
                k -> new Fields()));

        // The stuntman form.
        for (Bad bad : someBadTexts(100)) {
            cases.add(form(
                            g,
                            "save stuntman: name " + bad.label(),
                            S400,
                            k -> "actors/" + k.actor() + "/stuntman",
                            k -> stuntmanFields(k).set("stuntmanName", bad.value()))
                    .field("stuntmanName"));
        }
        cases.add(form(
                g,
                "save stuntman: version that is letters",
                S400,
                k -> "actors/" + k.actor() + "/stuntman",
                k -> stuntmanFields(k).set("stuntmanVersion", "abc")));
        cases.add(form(
                g,
                "save stuntman: stale version",
                Set.of(409),
                k -> "actors/" + k.actor() + "/stuntman",
                k -> stuntmanFields(k).set("stuntmanVersion", String.valueOf(k.stuntmanVersion() + 7))));

        // Malformed and unknown ids in every address that has one.
        List<Bad> allIds = List.of(
                new Bad("letters", "abc"),
                new Bad("a negative id", "-1"),
                new Bad("a fraction", "1.5"),
                new Bad("an HTML payload", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"));
        Map<String, Function<Known, String>> pagePaths = new LinkedHashMap<>();
        pagePaths.put("GET movies/{id}", k -> "movies/%s");
        pagePaths.put("GET movies/{id}/edit", k -> "movies/%s/edit");
        pagePaths.put("GET movies/{id}/delete", k -> "movies/%s/delete");
        pagePaths.put("POST movies/{id}", k -> "movies/%s");
        pagePaths.put("POST movies/{id}/delete", k -> "movies/%s/delete");
        pagePaths.put("GET actors/{id}", k -> "actors/%s");
        pagePaths.put("GET actors/{id}/edit", k -> "actors/%s/edit");
        pagePaths.put("GET actors/{id}/delete", k -> "actors/%s/delete");
        pagePaths.put("POST actors/{id}", k -> "actors/%s");
        pagePaths.put("POST actors/{id}/delete", k -> "actors/%s/delete");
        pagePaths.put("POST actors/{id}/contacts", k -> "actors/%s/contacts");
        pagePaths.put("GET actors/{actor}/contacts/{id}/edit", k -> "actors/" + k.actor() + "/contacts/%s/edit");
        pagePaths.put("POST actors/{actor}/contacts/{id}", k -> "actors/" + k.actor() + "/contacts/%s");
        pagePaths.put("POST actors/{actor}/contacts/{id}/delete", k -> "actors/" + k.actor() + "/contacts/%s/delete");
        pagePaths.put("POST actors/{id}/stuntman", k -> "actors/%s/stuntman");
        pagePaths.put("GET actors/{id}/stuntman/delete", k -> "actors/%s/stuntman/delete");
        pagePaths.put("POST actors/{id}/stuntman/delete", k -> "actors/%s/stuntman/delete");
        pagePaths.forEach((label, template) -> {
            boolean post = label.startsWith("POST");
            // The id of the record the address names, for its look-alikes in other digits.
            Function<Known, Long> existing = label.contains("contacts/{id}")
                    ? Known::contact
                    : label.startsWith("GET movies") || label.startsWith("POST movies") ? Known::movie : Known::actor;
            Function<Known, Fields> body = k -> label.contains("contacts/{id}") && !label.endsWith("delete")
                    ? contactEdit(k)
                    : label.endsWith("contacts")
                            ? contactFields()
                            : label.endsWith("stuntman")
                                    ? stuntmanFields(k)
                                    : label.equals("POST movies/{id}")
                                            ? movieEdit(k)
                                            : label.equals("POST actors/{id}") ? actorEdit(k) : new Fields();
            boolean thorough = List.of(
                            "GET movies/{id}",
                            "POST movies/{id}",
                            "POST actors/{id}/delete",
                            "POST actors/{actor}/contacts/{id}")
                    .contains(label);
            for (Bad id : thorough ? allIds : allIds.subList(0, 1)) {
                Set<Integer> expected = id.label().startsWith("an HTML") ? S400_404 : S400;
                Case c = post
                        ? form(
                                g,
                                label + " with " + id.label(),
                                expected,
                                k -> template.apply(k).formatted(id.value()),
                                body)
                        : get(
                                g,
                                label.substring(4) + " with " + id.label(),
                                expected,
                                k -> template.apply(k).formatted(id.value()),
                                Session.EDITOR);
                cases.add(id.label().startsWith("an HTML") ? c.notReflecting("<img src=x onerror=alert(1)>") : c);
            }
            cases.add(
                    post
                            ? form(
                                    g,
                                    label + " with the Arabic-Indic digits of an existing id",
                                    S400,
                                    k -> template.apply(k).formatted(pathDigits(arabicIndic(existing.apply(k)))),
                                    body)
                            : get(
                                    g,
                                    label.substring(4) + " with the Arabic-Indic digits of an existing id",
                                    S400,
                                    k -> template.apply(k).formatted(pathDigits(arabicIndic(existing.apply(k)))),
                                    Session.EDITOR));
            cases.add(
                    post
                            ? form(
                                    g,
                                    label + " with an id nothing has",
                                    Set.of(404),
                                    k -> template.apply(k).formatted(k.unknown()),
                                    body)
                            : get(
                                    g,
                                    label.substring(4) + " with an id nothing has",
                                    Set.of(404),
                                    k -> template.apply(k).formatted(k.unknown()),
                                    Session.EDITOR));
        });
        for (String path : List.of("movies/%s", "actors/%s")) {
            cases.add(get(
                    g,
                    "GET " + path.replace("%s", "{id}") + " with full-width digits of an existing id",
                    S400,
                    k -> path.formatted(pathDigits(fullWidth(path.startsWith("movies") ? k.movie() : k.actor()))),
                    Session.EDITOR));
            cases.add(get(
                    g,
                    "GET " + path.replace("%s", "{id}") + " with zero",
                    S400_404,
                    k -> path.formatted("0"),
                    Session.EDITOR));
            cases.add(get(
                    g,
                    "GET " + path.replace("%s", "{id}") + " with an id too large for a long",
                    S400_404,
                    k -> path.formatted("99999999999999999999"),
                    Session.EDITOR));
        }

        // Listings: SQL in every search parameter, odd paging, filters that cannot be read.
        for (Bad bad : sqlTexts()) {
            cases.add(get(
                            g,
                            "movie listing: q with " + bad.label(),
                            S200,
                            k -> "movies?q=" + enc(bad.value()),
                            Session.NONE)
                    .expecting("lists no movie", body -> !body.contains("data-label=\"Title\"")));
            cases.add(get(
                            g,
                            "actor listing: q with " + bad.label(),
                            S200,
                            k -> "actors?q=" + enc(bad.value()),
                            Session.NONE)
                    .expecting("lists no actor", body -> !body.contains("data-label=\"Name\"")));
            cases.add(get(
                            g,
                            "actor listing: city with " + bad.label(),
                            S200,
                            k -> "actors?city=" + enc(bad.value()),
                            Session.NONE)
                    .expecting("lists no actor", body -> !body.contains("data-label=\"Name\"")));
        }
        for (Bad bad : sqlTexts().subList(1, 2)) {
            for (String param : List.of("releasedAfter", "actor", "sort", "page", "size")) {
                cases.add(get(
                        g,
                        "movie listing: " + param + " with " + bad.label(),
                        S200_400,
                        k -> "movies?" + param + "=" + enc(bad.value()),
                        Session.NONE));
            }
            for (String param : List.of("sort", "page", "size")) {
                cases.add(get(
                        g,
                        "actor listing: " + param + " with " + bad.label(),
                        S200_400,
                        k -> "actors?" + param + "=" + enc(bad.value()),
                        Session.NONE));
            }
        }
        List<Bad> listingOdd = List.of(
                new Bad("a huge size", "size=1000000"),
                new Bad("a negative size", "size=-5"),
                new Bad("page zero", "page=0"),
                new Bad("the largest int page", "page=2147483647"),
                new Bad("a page beyond int", "page=99999999999999999999"),
                new Bad("a huge page and size", "page=2147483647&size=100"),
                new Bad("duplicated paging parameters", "page=1&page=3&size=5&size=500"),
                new Bad("a 5,000 character search", "q=" + "a".repeat(5_000)),
                new Bad("a search with a NUL", "q=a%00b"),
                new Bad("a search with a right-to-left override", "q=" + enc("\u202Eevil")),
                new Bad("a search with an HTML payload", "q=" + enc(SCRIPT)),
                new Bad("an impossible release date", "releasedAfter=2023-02-29"),
                new Bad("the largest year as release date", "releasedAfter=" + enc("+999999999-12-31")),
                new Bad("an HTML payload as release date", "releasedAfter=" + enc(SCRIPT)),
                new Bad("an actor id in Arabic-Indic digits", "actor=" + pathDigits(arabicIndic(1))));
        for (Bad odd : listingOdd) {
            Set<Integer> expected = odd.value().contains("%00") ? S400 : S200_400;
            Case movies = get(g, "movie listing: " + odd.label(), expected, k -> "movies?" + odd.value(), Session.NONE);
            Case actors = get(g, "actor listing: " + odd.label(), expected, k -> "actors?" + odd.value(), Session.NONE);
            cases.add(odd.value().contains(enc(SCRIPT)) ? movies.notReflecting(SCRIPT) : movies);
            cases.add(odd.value().contains(enc(SCRIPT)) ? actors.notReflecting(SCRIPT) : actors);
        }

        // Personal tokens, the own account, the admin pages and sign-in.
        for (Bad bad : List.of(
                new Bad("over-long by one", "t".repeat(101)),
                new Bad("blank", "  "),
                new Bad("only zero-width spaces", "\u200B\u200B"),
                new Bad("a NUL character", "my\u0000token"),
                new Bad("a right-to-left override", "my\u202Etoken"))) {
            cases.add(form(
                            g,
                            "create personal token: name " + bad.label(),
                            S400,
                            "account/tokens",
                            k -> new Fields().add("name", bad.value()).add("lifetime", "30d"))
                    .field("name"));
        }
        cases.add(form(
                        g,
                        "create personal token: a lifetime not offered",
                        S400,
                        "account/tokens",
                        k -> new Fields().add("name", "corpus").add("lifetime", "100y"))
                .field("lifetime"));
        cases.add(form(
                        g,
                        "create personal token: SQL as lifetime",
                        S400,
                        "account/tokens",
                        k -> new Fields().add("name", "corpus").add("lifetime", "30d' OR '1'='1"))
                .field("lifetime"));
        cases.add(form(
                g, "revoke personal token: id that is letters", S400, "account/tokens/abc/revoke", k -> new Fields()));
        cases.add(form(
                g,
                "revoke personal token: an id nothing has",
                Set.of(404),
                k -> "account/tokens/" + k.unknown() + "/revoke",
                k -> new Fields()));
        cases.add(form(
                g,
                "change own password: nothing filled in",
                S400,
                "account/password",
                k -> new Fields()
                        .add("currentPassword", "")
                        .add("newPassword", "")
                        .add("repeatPassword", "")));
        cases.add(form(
                g,
                "change own password: a 1 MB current password",
                S400_413,
                "account/password",
                k -> new Fields()
                        .add("currentPassword", "p".repeat(MEGABYTE))
                        .add("newPassword", "short")
                        .add("repeatPassword", "short")));
        for (Bad bad : List.of(
                new Bad("over-long by one", "u".repeat(65)),
                new Bad("blank", " "),
                new Bad("a NUL character", "corpus\u0000user"),
                new Bad("spaces and punctuation", "corpus user!"),
                new Bad("a right-to-left override", "corpus\u202Euser"),
                new Bad("SQL", "x' OR '1'='1"))) {
            cases.add(adminForm(
                            g,
                            "create account: name " + bad.label(),
                            S400,
                            "admin/accounts",
                            k -> accountFields().set("username", bad.value()))
                    .field("username"));
        }
        cases.add(adminForm(
                        g,
                        "create account: a role that does not exist",
                        S400,
                        "admin/accounts",
                        k -> accountFields().set("role", "superuser"))
                .field("role"));
        cases.add(adminForm(
                        g,
                        "create account: a password that is too short",
                        S400,
                        "admin/accounts",
                        k -> accountFields().set("password", "short"))
                .field("password"));
        cases.add(adminForm(
                g,
                "change role: a role that does not exist",
                S400,
                k -> "admin/accounts/" + k.targetAccount() + "/role",
                k -> new Fields().add("role", "root")));
        cases.add(adminForm(
                g,
                "change role: account id that is letters",
                S400,
                k -> "admin/accounts/abc/role",
                k -> new Fields().add("role", "admin")));
        cases.add(adminForm(
                g,
                "change role: an account id nothing has",
                Set.of(404),
                k -> "admin/accounts/" + k.unknown() + "/role",
                k -> new Fields().add("role", "admin")));
        cases.add(adminForm(
                g,
                "reset password: too short",
                S400,
                k -> "admin/accounts/" + k.targetAccount() + "/password",
                k -> new Fields().add("password", "short")));
        cases.add(get(
                g,
                "GET admin/accounts/{id} with the Arabic-Indic digits of an existing id",
                S400,
                k -> "admin/accounts/" + pathDigits(arabicIndic(k.targetAccount())),
                Session.ADMIN));
        cases.add(signIn(
                        g,
                        "sign in: no account name",
                        S400,
                        k -> new Fields().add("username", "").add("password", "whatever"))
                .field("username"));
        cases.add(signIn(
                        g,
                        "sign in: no password",
                        S400,
                        k -> new Fields().add("username", "corpus-nobody-1").add("password", ""))
                .field("password"));
        cases.add(signIn(
                g,
                "sign in: a 1 MB account name",
                Set.of(400, 401, 413),
                k -> new Fields().add("username", "u".repeat(MEGABYTE)).add("password", "whatever")));
        cases.add(signIn(
                g,
                "sign in: a NUL in the account name",
                Set.of(400, 401),
                k -> new Fields().add("username", "corpus\u0000nobody").add("password", "whatever")));
        cases.add(signIn(
                g,
                "sign in: SQL as account name",
                Set.of(401),
                k -> new Fields().add("username", "' OR '1'='1' --").add("password", "' OR '1'='1' --")));

        // Forms without this session's CSRF token: every form, each way of getting it wrong.
        Map<String, Function<Known, Fields>> csrfForms = new LinkedHashMap<>();
        Map<String, Function<Known, String>> csrfPaths = new LinkedHashMap<>();
        csrfForm(csrfForms, csrfPaths, "create movie", k -> "movies", k -> movieFields());
        csrfForm(csrfForms, csrfPaths, "edit movie", k -> "movies/" + k.movie(), BadInputCorpus::movieEdit);
        csrfForm(csrfForms, csrfPaths, "delete movie", k -> "movies/" + k.movie() + "/delete", k -> new Fields());
        csrfForm(csrfForms, csrfPaths, "create actor", k -> "actors", k -> actorFields());
        csrfForm(csrfForms, csrfPaths, "edit actor", k -> "actors/" + k.actor(), BadInputCorpus::actorEdit);
        csrfForm(csrfForms, csrfPaths, "delete actor", k -> "actors/" + k.otherActor() + "/delete", k -> new Fields());
        csrfForm(csrfForms, csrfPaths, "add contact", k -> "actors/" + k.actor() + "/contacts", k -> contactFields());
        csrfForm(
                csrfForms,
                csrfPaths,
                "edit contact",
                k -> "actors/" + k.actor() + "/contacts/" + k.contact(),
                BadInputCorpus::contactEdit);
        csrfForm(
                csrfForms,
                csrfPaths,
                "remove contact",
                k -> "actors/" + k.actor() + "/contacts/" + k.contact() + "/delete",
                k -> new Fields());
        csrfForm(
                csrfForms,
                csrfPaths,
                "save stuntman",
                k -> "actors/" + k.actor() + "/stuntman",
                BadInputCorpus::stuntmanFields);
        csrfForm(
                csrfForms,
                csrfPaths,
                "remove stuntman",
                k -> "actors/" + k.actor() + "/stuntman/delete",
                k -> new Fields());
        csrfForm(
                csrfForms,
                csrfPaths,
                "create personal token",
                k -> "account/tokens",
                k -> new Fields().add("name", "corpus").add("lifetime", "30d"));
        csrfForms.forEach((label, fields) -> {
            Function<Known, String> path = csrfPaths.get(label);
            cases.add(csrfCase(g, label + ": no CSRF token", Session.EDITOR, path, k -> fields.apply(k), null));
            cases.add(csrfCase(
                    g,
                    label + ": another session's CSRF token",
                    Session.EDITOR,
                    path,
                    k -> fields.apply(k).addFirst("_csrf", k.foreignCsrf()),
                    null));
            cases.add(csrfCase(
                    g,
                    label + ": a made-up CSRF token",
                    Session.EDITOR,
                    path,
                    k -> fields.apply(k).addFirst("_csrf", "x".repeat(43)),
                    null));
            if (List.of("create movie", "delete movie", "save stuntman").contains(label)) {
                cases.add(csrfCase(
                        g,
                        label + ": an empty CSRF token",
                        Session.EDITOR,
                        path,
                        k -> fields.apply(k).addFirst("_csrf", ""),
                        null));
                cases.add(csrfCase(
                        g,
                        label + ": another session's CSRF token in the header",
                        Session.EDITOR,
                        path,
                        k -> fields.apply(k),
                        Known::foreignCsrf));
            }
        });
        cases.add(csrfCase(
                g,
                "create account (admin): no CSRF token",
                Session.ADMIN,
                k -> "admin/accounts",
                k -> accountFields(),
                null));
        cases.add(csrfCase(
                g,
                "create account (admin): the editor's CSRF token",
                Session.ADMIN,
                k -> "admin/accounts",
                k -> accountFields().addFirst("_csrf", k.editorCsrf()),
                null));
        cases.add(csrfCase(
                g,
                "change role (admin): another session's CSRF token",
                Session.ADMIN,
                k -> "admin/accounts/" + k.targetAccount() + "/role",
                k -> new Fields().add("_csrf", k.foreignCsrf()).add("role", "admin"),
                null));
        cases.add(csrfCase(
                g,
                "disable account (admin): no CSRF token",
                Session.ADMIN,
                k -> "admin/accounts/" + k.targetAccount() + "/status",
                k -> new Fields().add("enabled", "false"),
                null));
        cases.add(csrfCase(
                g,
                "change own password: no CSRF token",
                Session.EDITOR,
                k -> "account/password",
                k -> new Fields()
                        .add("currentPassword", TestAccounts.EDITOR_PASSWORD)
                        .add("newPassword", "a new password for the corpus")
                        .add("repeatPassword", "a new password for the corpus"),
                null));
        cases.add(csrfCase(
                g,
                "sign in: another session's CSRF token",
                Session.SIGN_IN,
                k -> "signin",
                k -> new Fields()
                        .add("_csrf", k.foreignCsrf())
                        .add("username", TestAccounts.EDITOR)
                        .add("password", TestAccounts.EDITOR_PASSWORD),
                null));
        // Last: accepted, this one would end the editor's session for the cases after it.
        cases.add(csrfCase(g, "sign out: no CSRF token", Session.EDITOR, k -> "signout", k -> new Fields(), null));
        return cases;
    }

    private static void csrfForm(
            Map<String, Function<Known, Fields>> forms,
            Map<String, Function<Known, String>> paths,
            String label,
            Function<Known, String> path,
            Function<Known, Fields> fields) {
        forms.put(label, fields);
        paths.put(label, path);
    }

    // --- The API ------------------------------------------------------------------------------

    private static List<Case> api() {
        List<Case> cases = new ArrayList<>();
        String g = API;

        // Movies: each field, each way of getting it wrong.
        for (Bad bad : badTexts(200)) {
            cases.add(post(
                            g,
                            "POST movies: title " + bad.label(),
                            S400,
                            "api/movies",
                            k -> movieJson().put("title", bad.value()))
                    .field("title"));
        }
        cases.add(postRaw(
                        g,
                        "POST movies: title with an unpaired surrogate escape",
                        S400,
                        "api/movies",
                        k -> "{\"title\":\"Probe\\ud800\",\"releaseDate\":\"2001-01-01\"}")
                .field("title"));
        for (Object wrong : List.of(5, true, List.of("Probe"), Map.of("text", "Probe"))) {
            cases.add(post(
                            g,
                            "POST movies: title of type " + typeName(wrong),
                            S400,
                            "api/movies",
                            k -> movieJson().put("title", wrong))
                    .field("title"));
        }
        cases.add(post(
                        g,
                        "POST movies: title null",
                        S400,
                        "api/movies",
                        k -> movieJson().put("title", null))
                .field("title"));
        cases.add(post(
                        g,
                        "POST movies: no title",
                        S400,
                        "api/movies",
                        k -> movieJson().remove("title"))
                .field("title"));
        for (Bad bad : badDates()) {
            cases.add(post(
                            g,
                            "POST movies: release date " + bad.label(),
                            S400,
                            "api/movies",
                            k -> movieJson().put("releaseDate", bad.value()))
                    .field("releaseDate"));
        }
        cases.add(post(
                        g,
                        "POST movies: release date empty",
                        S400,
                        "api/movies",
                        k -> movieJson().put("releaseDate", ""))
                .field("releaseDate"));
        cases.add(post(
                        g,
                        "POST movies: release date as a number",
                        S400,
                        "api/movies",
                        k -> movieJson().put("releaseDate", 20150402))
                .field("releaseDate"));
        cases.add(post(
                        g,
                        "POST movies: release date as an array",
                        S400,
                        "api/movies",
                        k -> movieJson().put("releaseDate", List.of(2015, 4, 2)))
                .field("releaseDate"));
        cases.add(post(
                        g,
                        "POST movies: castIds as a string",
                        S400,
                        "api/movies",
                        k -> movieJson().put("castIds", "1,2"))
                .field("castIds"));
        cases.add(post(
                        g,
                        "POST movies: castIds with a string",
                        S400,
                        "api/movies",
                        k -> movieJson().put("castIds", List.of("a")))
                .field("castIds"));
        cases.add(post(
                        g,
                        "POST movies: castIds with a fraction",
                        S400,
                        "api/movies",
                        k -> movieJson().put("castIds", List.of(1.5)))
                .field("castIds"));
        cases.add(postRaw(
                        g,
                        "POST movies: castIds with a number beyond long",
                        S400,
                        "api/movies",
                        k -> "{\"title\":\"Corpus Probe\",\"castIds\":[99999999999999999999]}")
                .field("castIds"));
        cases.add(post(
                g,
                "POST movies: castIds with a negative id",
                S400_404,
                "api/movies",
                k -> movieJson().put("castIds", List.of(-1))));
        cases.add(post(
                g,
                "POST movies: castIds with an id nothing has",
                S400_404,
                "api/movies",
                k -> movieJson().put("castIds", List.of(k.unknown()))));
        cases.add(post(
                        g,
                        "POST movies: castIds with 501 distinct ids",
                        S400,
                        "api/movies",
                        k -> movieJson().put("castIds", LongRange.of(k.unknown(), 501)))
                .field("castIds"));
        cases.add(post(
                        g,
                        "POST movies: castIds with an existing actor 501 times",
                        S400,
                        "api/movies",
                        k -> movieJson().put("castIds", Collections.nCopies(501, k.actor())))
                .field("castIds"));
        cases.add(post(
                        g,
                        "POST movies: an unknown field",
                        S400,
                        "api/movies",
                        k -> movieJson().put("rating", 5))
                .field("rating"));
        cases.add(post(
                g,
                "POST movies: the title and date of an existing movie",
                Set.of(409),
                "api/movies",
                k -> movieJson().put("title", "Furious 7").put("releaseDate", "2015-04-02")));
        cases.add(post(
                g,
                "POST movies: an existing movie's title in other case, same date",
                Set.of(409),
                "api/movies",
                k -> movieJson().put("title", "fUrIoUs 7").put("releaseDate", "2015-04-02")));
        cases.add(post(
                g,
                "POST movies: an existing movie's title with spaces around, same date",
                Set.of(409),
                "api/movies",
                k -> movieJson().put("title", "  Furious 7 ").put("releaseDate", "2015-04-02")));
        cases.add(post(
                g,
                "POST movies: a 1 MB title",
                Set.of(413),
                "api/movies",
                k -> movieJson().put("title", "x".repeat(MEGABYTE))));
        cases.add(postRaw(
                g,
                "POST movies: a valid movie padded to 1 MB with spaces",
                Set.of(413),
                "api/movies",
                k -> " ".repeat(MEGABYTE) + "{\"title\":\"Corpus Probe\"}"));

        // Bodies that are not the JSON object asked for.
        List<Bad> notObjects = List.of(
                new Bad("an empty body", ""),
                new Bad("only spaces", "   "),
                new Bad("null", "null"),
                new Bad("an array", "[]"),
                new Bad("a string", "\"Corpus Probe\""),
                new Bad("a number", "42"),
                new Bad("an opening brace", "{"),
                new Bad("truncated after a field", "{\"title\":\"Corpus Probe\""),
                new Bad("truncated inside a string", "{\"title\":\"Corpus Pro"),
                new Bad("a trailing comma", "{\"title\":\"Corpus Probe\",}"),
                new Bad("single quotes", "{'title':'Corpus Probe'}"),
                new Bad("two objects", "{\"title\":\"Corpus Probe\"}{\"title\":\"Again\"}"),
                new Bad("text after the object", "{\"title\":\"Corpus Probe\"} and more"),
                new Bad("a comment", "/* c */ {\"title\":\"Corpus Probe\"}"),
                new Bad("NaN", "{\"title\":NaN}"),
                new Bad("a number with a huge exponent", "{\"title\":\"Corpus Probe\",\"castIds\":[1e999999999]}"),
                new Bad(
                        "2,000 levels of nesting",
                        "{\"title\":\"Corpus Probe\",\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}"),
                new Bad("100,000 unclosed brackets", "{\"title\":\"Corpus Probe\",\"x\":" + "[".repeat(100_000)),
                new Bad("50,000 levels of objects", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)));
        for (Bad bad : notObjects) {
            cases.add(postRaw(g, "POST movies: body " + bad.label(), S400, "api/movies", k -> bad.value()));
        }
        cases.add(apiBytes(
                g,
                "POST movies: body in invalid UTF-8",
                S400,
                "POST",
                k -> "api/movies",
                k -> bytes("{\"title\":\"Probe", new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}")));
        cases.add(apiBytes(
                g,
                "POST movies: body in UTF-16",
                S400,
                "POST",
                k -> "api/movies",
                k -> "{\"title\":\"Corpus Probe\"}".getBytes(StandardCharsets.UTF_16)));

        // Content types and Accept.
        for (Bad type : List.of(
                new Bad("no Content-Type", null),
                new Bad("text/plain", "text/plain"),
                new Bad("application/xml", "application/xml"),
                new Bad("form encoding", "application/x-www-form-urlencoded"),
                new Bad("multipart", "multipart/form-data; boundary=xyz"),
                new Bad("application/jsonx", "application/jsonx"))) {
            cases.add(typedApi(
                    g,
                    "POST movies: " + type.label(),
                    Set.of(415),
                    "POST",
                    k -> "api/movies",
                    type.value(),
                    k -> movieJson().json()));
            cases.add(typedApi(
                    g,
                    "PUT movie: " + type.label(),
                    Set.of(415),
                    "PUT",
                    k -> "api/movies/" + k.movie(),
                    type.value(),
                    k -> movieJson().put("version", k.movieVersion()).json()));
        }
        cases.add(typedApi(
                g,
                "PUT stuntman: no Content-Type",
                Set.of(415),
                "PUT",
                k -> "api/actors/" + k.actor() + "/stuntman",
                null,
                k -> stuntmanJson().json()));
        cases.add(typedApi(
                g,
                "POST contacts: text/plain",
                Set.of(415),
                "POST",
                k -> "api/actors/" + k.actor() + "/contacts",
                "text/plain",
                k -> contactJson().json()));
        cases.add(typedApi(
                g,
                "POST actors: no Content-Type",
                Set.of(415),
                "POST",
                k -> "api/actors",
                null,
                k -> actorJson().json()));
        for (Bad type : List.of(
                new Bad("@@@/;;;", "@@@/;;;"),
                new Bad("a parameter without value", "application/json; charset="),
                new Bad("a list of types", "application/json, text/plain"))) {
            Set<Integer> expected = type.value().startsWith("@") ? S400 : S400_415;
            cases.add(typedApi(
                    g,
                    "POST movies: Content-Type " + type.label(),
                    expected,
                    "POST",
                    k -> "api/movies",
                    type.value(),
                    k -> movieJson().json()));
        }
        cases.add(apiWith(
                g,
                "GET movies: Accept @@@",
                S400,
                "GET",
                k -> "api/movies",
                null,
                k -> List.of(Map.entry("Accept", "@@@"))));
        cases.add(apiWith(
                g,
                "POST movies: Accept @@@",
                S400,
                "POST",
                k -> "api/movies",
                movieJson().json(),
                k -> List.of(Map.entry("Accept", "@@@"), Map.entry("Content-Type", "application/json"), bearer(k))));
        cases.add(apiWith(
                g,
                "GET movies: Accept application/xml only",
                Set.of(406),
                "GET",
                k -> "api/movies",
                null,
                k -> List.of(Map.entry("Accept", "application/xml"))));
        cases.add(apiWith(
                g,
                "GET movie: Accept text/csv only",
                Set.of(406),
                "GET",
                k -> "api/movies/" + k.movie(),
                null,
                k -> List.of(Map.entry("Accept", "text/csv"))));

        // Changing a movie.
        cases.add(put(g, "PUT movie: without a version", S400, k -> "api/movies/" + k.movie(), k -> movieJson())
                .field("version"));
        cases.add(put(
                        g,
                        "PUT movie: version as a string",
                        S400,
                        k -> "api/movies/" + k.movie(),
                        k -> movieJson().put("version", String.valueOf(k.movieVersion())))
                .field("version"));
        cases.add(put(
                        g,
                        "PUT movie: negative version",
                        S400,
                        k -> "api/movies/" + k.movie(),
                        k -> movieJson().put("version", -1))
                .field("version"));
        cases.add(put(
                        g,
                        "PUT movie: fractional version",
                        S400,
                        k -> "api/movies/" + k.movie(),
                        k -> movieJson().put("version", 0.5))
                .field("version"));
        cases.add(put(
                g,
                "PUT movie: stale version",
                Set.of(409),
                k -> "api/movies/" + k.movie(),
                k -> movieJson().put("version", k.movieVersion() + 7)));
        cases.add(putIfMatch(
                g,
                "PUT movie: stale If-Match",
                Set.of(412),
                k -> "api/movies/" + k.movie(),
                k -> "\"" + (k.movieVersion() + 7) + "\"",
                k -> movieJson()));
        cases.add(putIfMatch(
                g,
                "PUT movie: If-Match that is not an ETag",
                S400,
                k -> "api/movies/" + k.movie(),
                k -> "abc",
                k -> movieJson()));
        cases.add(putIfMatch(
                g,
                "PUT movie: a weak If-Match",
                Set.of(400, 412),
                k -> "api/movies/" + k.movie(),
                k -> "W/\"" + k.movieVersion() + "\"",
                k -> movieJson()));
        cases.add(putIfMatch(
                g,
                "PUT movie: If-Match and body version disagree",
                S400,
                k -> "api/movies/" + k.movie(),
                k -> "\"" + k.movieVersion() + "\"",
                k -> movieJson().put("version", k.movieVersion() + 7)));
        cases.add(apiWith(
                        g,
                        "PUT movie: If-Match twice, current and stale",
                        Set.of(400, 412),
                        "PUT",
                        k -> "api/movies/" + k.movie(),
                        null,
                        k -> List.of(
                                Map.entry("Content-Type", "application/json"),
                                bearer(k),
                                Map.entry("If-Match", "\"" + k.movieVersion() + "\""),
                                Map.entry("If-Match", "\"" + (k.movieVersion() + 7) + "\"")))
                .withBody(k -> movieJson().json()));
        cases.add(put(
                        g,
                        "PUT movie: title over-long",
                        S400,
                        k -> "api/movies/" + k.movie(),
                        k -> movieEditJson(k).put("title", "x".repeat(201)))
                .field("title"));
        cases.add(put(
                        g,
                        "PUT movie: title of no-break spaces",
                        S400,
                        k -> "api/movies/" + k.movie(),
                        k -> movieEditJson(k).put("title", "\u00A0\u00A0"))
                .field("title"));
        cases.add(put(
                        g,
                        "PUT movie: release date 29 February 2023",
                        S400,
                        k -> "api/movies/" + k.movie(),
                        k -> movieEditJson(k).put("releaseDate", "2023-02-29"))
                .field("releaseDate"));
        cases.add(put(
                        g,
                        "PUT movie: release date before 1850",
                        S400,
                        k -> "api/movies/" + k.movie(),
                        k -> movieEditJson(k).put("releaseDate", "1800-01-01"))
                .field("releaseDate"));
        cases.add(put(
                        g,
                        "PUT movie: castIds with 501 ids",
                        S400,
                        k -> "api/movies/" + k.movie(),
                        k -> movieEditJson(k).put("castIds", LongRange.of(k.unknown(), 501)))
                .field("castIds"));
        cases.add(put(
                        g,
                        "PUT movie: an unknown field",
                        S400,
                        k -> "api/movies/" + k.movie(),
                        k -> movieEditJson(k).put("genre", "action"))
                .field("genre"));
        cases.add(put(
                g,
                "PUT movie: the title and date of another movie",
                Set.of(409),
                k -> "api/movies/" + k.movie(),
                k -> movieEditJson(k).put("title", k.otherTitle().toLowerCase()).put("releaseDate", k.otherDate())));
        cases.add(put(
                g,
                "PUT movie: a 1 MB title",
                Set.of(413),
                k -> "api/movies/" + k.movie(),
                k -> movieEditJson(k).put("title", "x".repeat(MEGABYTE))));
        cases.add(apiWith(
                g,
                "PUT movie cast: an actor nothing has",
                Set.of(404),
                "PUT",
                k -> "api/movies/" + k.movie() + "/actors/" + k.unknown(),
                null,
                k -> List.of(bearer(k))));

        // Actors.
        for (Bad bad : badTexts(100)) {
            cases.add(post(
                            g,
                            "POST actors: name " + bad.label(),
                            S400,
                            "api/actors",
                            k -> actorJson().put("name", bad.value()))
                    .field("name"));
        }
        for (Bad bad : badDates()) {
            cases.add(post(
                            g,
                            "POST actors: birthday " + bad.label(),
                            S400,
                            "api/actors",
                            k -> actorJson().put("birthday", bad.value()))
                    .field("birthday"));
        }
        cases.add(post(
                        g,
                        "POST actors: birthday in two days",
                        S400,
                        "api/actors",
                        k -> actorJson()
                                .put("birthday", LocalDate.now().plusDays(2).toString()))
                .field("birthday"));
        cases.add(post(
                        g,
                        "POST actors: birthday 9999-12-31",
                        S400,
                        "api/actors",
                        k -> actorJson().put("birthday", "9999-12-31"))
                .field("birthday"));
        cases.add(post(
                        g,
                        "POST actors: name as a number",
                        S400,
                        "api/actors",
                        k -> actorJson().put("name", 42))
                .field("name"));
        cases.add(post(
                        g,
                        "POST actors: birthday as a number",
                        S400,
                        "api/actors",
                        k -> actorJson().put("birthday", 19700101))
                .field("birthday"));
        cases.add(post(
                        g,
                        "POST actors: an unknown field",
                        S400,
                        "api/actors",
                        k -> actorJson().put("height", 180))
                .field("height"));
        cases.add(postRaw(g, "POST actors: an empty object", S400, "api/actors", k -> "{}")
                .field("name"));
        cases.add(put(g, "PUT actor: without a version", S400, k -> "api/actors/" + k.actor(), k -> actorJson())
                .field("version"));
        cases.add(put(
                g,
                "PUT actor: stale version",
                Set.of(409),
                k -> "api/actors/" + k.actor(),
                k -> actorJson().put("version", k.actorVersion() + 7)));
        cases.add(putIfMatch(
                g,
                "PUT actor: stale If-Match",
                Set.of(412),
                k -> "api/actors/" + k.actor(),
                k -> "\"" + (k.actorVersion() + 7) + "\"",
                k -> actorJson()));
        cases.add(put(
                        g,
                        "PUT actor: name blank",
                        S400,
                        k -> "api/actors/" + k.actor(),
                        k -> actorJson().put("name", " ").put("version", k.actorVersion()))
                .field("name"));
        cases.add(put(
                        g,
                        "PUT actor: birthday in the future",
                        S400,
                        k -> "api/actors/" + k.actor(),
                        k -> actorJson().put("birthday", "2999-12-31").put("version", k.actorVersion()))
                .field("birthday"));

        // Contacts.
        for (Bad bad : someBadTexts(32)) {
            cases.add(post(
                            g,
                            "POST contacts: phone number " + bad.label(),
                            S400,
                            k -> "api/actors/" + k.actor() + "/contacts",
                            k -> contactJson().put("phoneNumber", bad.value()))
                    .field("phoneNumber"));
        }
        for (Bad bad : List.of(
                badTexts(200).get(0),
                badTexts(200).get(3),
                badTexts(200).get(6),
                badTexts(200).get(7),
                badTexts(200).get(12))) {
            cases.add(post(
                            g,
                            "POST contacts: address " + bad.label(),
                            S400,
                            k -> "api/actors/" + k.actor() + "/contacts",
                            k -> contactJson().put("address", bad.value()))
                    .field("address"));
        }
        cases.add(post(
                        g,
                        "POST contacts: phone number as a number",
                        S400,
                        k -> "api/actors/" + k.actor() + "/contacts",
                        k -> contactJson().put("phoneNumber", 5550100))
                .field("phoneNumber"));
        cases.add(post(
                        g,
                        "POST contacts: an unknown field",
                        S400,
                        k -> "api/actors/" + k.actor() + "/contacts",
                        k -> contactJson().put("email", "a@example.org"))
                .field("email"));
        cases.add(postRaw(
                g, "POST contacts: an empty object", S400, k -> "api/actors/" + k.actor() + "/contacts", k -> "{}"));
        cases.add(put(
                g,
                "PUT contact: stale version",
                Set.of(409),
                k -> "api/actors/" + k.actor() + "/contacts/" + k.contact(),
                k -> contactJson().put("version", k.contactVersion() + 7)));
        cases.add(putIfMatch(
                g,
                "PUT contact: stale If-Match",
                Set.of(412),
                k -> "api/actors/" + k.actor() + "/contacts/" + k.contact(),
                k -> "\"" + (k.contactVersion() + 7) + "\"",
                k -> contactJson()));
        cases.add(put(
                        g,
                        "PUT contact: phone number over-long",
                        S400,
                        k -> "api/actors/" + k.actor() + "/contacts/" + k.contact(),
                        k -> contactJson().put("phoneNumber", "5".repeat(33)))
                .field("phoneNumber"));
        cases.add(put(
                g,
                "PUT contact: a contact of another actor",
                Set.of(404),
                k -> "api/actors/" + k.actor() + "/contacts/" + k.foreignContact(),
                k -> contactJson()));
        cases.add(apiWith(
                g,
                "DELETE contact: a contact of another actor",
                Set.of(404),
                "DELETE",
                k -> "api/actors/" + k.actor() + "/contacts/" + k.foreignContact(),
                null,
                k -> List.of(bearer(k))));

        // The stuntman.
        for (Bad bad : someBadTexts(100)) {
            cases.add(put(
                            g,
                            "PUT stuntman: name " + bad.label(),
                            S400,
                            k -> "api/actors/" + k.actor() + "/stuntman",
                            k -> stuntmanJson().put("name", bad.value()))
                    .field("name"));
        }
        cases.add(put(
                        g,
                        "PUT stuntman: active as a string",
                        S400,
                        k -> "api/actors/" + k.actor() + "/stuntman",
                        k -> stuntmanJson().put("active", "yes"))
                .field("active"));
        cases.add(put(
                        g,
                        "PUT stuntman: active as a number",
                        S400,
                        k -> "api/actors/" + k.actor() + "/stuntman",
                        k -> stuntmanJson().put("active", 1))
                .field("active"));
        cases.add(put(
                g,
                "PUT stuntman: stale version",
                Set.of(409),
                k -> "api/actors/" + k.actor() + "/stuntman",
                k -> stuntmanJson().put("version", k.stuntmanVersion() + 7)));
        cases.add(putIfMatch(
                g,
                "PUT stuntman: stale If-Match",
                Set.of(412),
                k -> "api/actors/" + k.actor() + "/stuntman",
                k -> "\"" + (k.stuntmanVersion() + 7) + "\"",
                k -> stuntmanJson()));
        cases.add(put(
                        g,
                        "PUT stuntman: an unknown field",
                        S400,
                        k -> "api/actors/" + k.actor() + "/stuntman",
                        k -> stuntmanJson().put("salary", 100))
                .field("salary"));

        // Ids: malformed, in other digits, unknown, in every address that has one.
        Map<String, String[]> idEndpoints = new LinkedHashMap<>();
        idEndpoints.put("GET api/movies/{id}", new String[] {"GET", "movie"});
        idEndpoints.put("PUT api/movies/{id}", new String[] {"PUT", "movie"});
        idEndpoints.put("DELETE api/movies/{id}", new String[] {"DELETE", "movie"});
        idEndpoints.put("PUT api/movies/{id}/actors/{actor}", new String[] {"PUT", "movie"});
        idEndpoints.put("DELETE api/movies/{movie}/actors/{id}", new String[] {"DELETE", "actor"});
        idEndpoints.put("GET api/actors/{id}", new String[] {"GET", "actor"});
        idEndpoints.put("PUT api/actors/{id}", new String[] {"PUT", "actor"});
        idEndpoints.put("DELETE api/actors/{id}", new String[] {"DELETE", "otherActor"});
        idEndpoints.put("GET api/actors/{id}/contacts", new String[] {"GET", "actor"});
        idEndpoints.put("POST api/actors/{id}/contacts", new String[] {"POST", "actor"});
        idEndpoints.put("GET api/actors/{actor}/contacts/{id}", new String[] {"GET", "contact"});
        idEndpoints.put("PUT api/actors/{actor}/contacts/{id}", new String[] {"PUT", "contact"});
        idEndpoints.put("DELETE api/actors/{actor}/contacts/{id}", new String[] {"DELETE", "contact"});
        idEndpoints.put("GET api/actors/{id}/stuntman", new String[] {"GET", "actor"});
        idEndpoints.put("PUT api/actors/{id}/stuntman", new String[] {"PUT", "actor"});
        idEndpoints.put("DELETE api/actors/{id}/stuntman", new String[] {"DELETE", "actor"});
        idEndpoints.forEach((label, spec) -> {
            String method = spec[0];
            Function<Known, Long> existing = k -> switch (spec[1]) {
                case "movie" -> k.movie();
                case "contact" -> k.contact();
                case "otherActor" -> k.otherActor();
                default -> k.actor();
            };
            Function<Known, String> template = k -> label.substring(method.length() + 1)
                    .replace("{movie}", String.valueOf(k.movie()))
                    .replace(
                            "{actor}",
                            String.valueOf(label.contains("/actors/{actor}/contacts") ? k.actor() : k.otherActor()))
                    .replace("{id}", "%s");
            Function<Known, String> body = k -> method.equals("GET")
                            || method.equals("DELETE")
                            || label.contains("/actors/{actor}") && !label.contains("contacts")
                    ? null
                    : label.contains("contacts")
                            ? contactJson().json()
                            : label.contains("stuntman")
                                    ? stuntmanJson().json()
                                    : label.startsWith("PUT api/movies")
                                            ? movieEditJson(k).json()
                                            : actorJson()
                                                    .put("version", k.actorVersion())
                                                    .json();
            List<Bad> ids = List.of(
                    new Bad("letters", "abc"),
                    new Bad("the Arabic-Indic digits of an existing id", null),
                    new Bad("an id nothing has", "unknown"),
                    new Bad("a negative id", "-1"),
                    new Bad("the full-width digits of an existing id", null),
                    new Bad("a fraction", "1.5"),
                    new Bad("an id too large for a long", "99999999999999999999"));
            boolean thorough = label.startsWith("GET api/movies")
                    || label.startsWith("DELETE api/movies/{id}")
                    || label.startsWith("PUT api/actors/{id}/stuntman")
                    || label.startsWith("DELETE api/actors/{id}")
                    || label.startsWith("PUT api/actors/{actor}/contacts")
                    || label.startsWith("DELETE api/movies/{movie}");
            for (Bad id : thorough ? ids : ids.subList(0, 3)) {
                Set<Integer> expected = id.value() == null || id.value().equals("unknown") ? Set.of(404) : S400_404;
                Function<Known, String> value = k -> id.label().startsWith("the Arabic")
                        ? pathDigits(arabicIndic(existing.apply(k)))
                        : id.label().startsWith("the full-width")
                                ? pathDigits(fullWidth(existing.apply(k)))
                                : id.value().equals("unknown") ? String.valueOf(k.unknown()) : id.value();
                cases.add(apiWith(
                                g,
                                label + " with " + id.label(),
                                expected,
                                method,
                                k -> template.apply(k).formatted(value.apply(k)),
                                null,
                                k -> body.apply(k) == null
                                        ? List.of(bearer(k))
                                        : List.of(bearer(k), Map.entry("Content-Type", "application/json")))
                        .withBody(body));
            }
        });

        // Listings: SQL in every search parameter, odd paging, duplicated parameters.
        for (Bad bad : sqlTexts()) {
            cases.add(apiGet(g, "GET movies: q with " + bad.label(), S200, "api/movies?q=" + enc(bad.value()))
                    .expecting("finds nothing", body -> body.contains("\"total\":0")));
            cases.add(apiGet(g, "GET actors: q with " + bad.label(), S200, "api/actors?q=" + enc(bad.value()))
                    .expecting("finds nothing", body -> body.contains("\"total\":0")));
            cases.add(apiGet(g, "GET actors: city with " + bad.label(), S200, "api/actors?city=" + enc(bad.value()))
                    .expecting("finds nothing", body -> body.contains("\"total\":0")));
        }
        for (Bad bad : sqlTexts().subList(1, 3)) {
            for (String param : List.of("releasedAfter", "actor", "sort", "page", "size")) {
                cases.add(apiGet(
                                g,
                                "GET movies: " + param + " with " + bad.label(),
                                S400,
                                "api/movies?" + param + "=" + enc(bad.value()))
                        .field(param));
            }
            for (String param : List.of("sort", "page", "size")) {
                cases.add(apiGet(
                                g,
                                "GET actors: " + param + " with " + bad.label(),
                                S400,
                                "api/actors?" + param + "=" + enc(bad.value()))
                        .field(param));
            }
        }
        List<Bad> apiOdd = List.of(
                new Bad("a huge size", "size=1000000"),
                new Bad("a negative size", "size=-5"),
                new Bad("size zero", "size=0"),
                new Bad("page zero", "page=0"),
                new Bad("a page beyond int", "page=2147483648"),
                new Bad("a page beyond long", "page=99999999999999999999"),
                new Bad("size in exponent form", "size=1e2"),
                new Bad("size in Arabic-Indic digits", "size=" + pathDigits(arabicIndic(5))),
                new Bad("an impossible release date", "releasedAfter=2023-02-29"),
                new Bad("year 0 as release date", "releasedAfter=0000-01-01"),
                new Bad("a negative year as release date", "releasedAfter=-0001-01-01"),
                new Bad("the largest year as release date", "releasedAfter=" + enc("+999999999-12-31")),
                new Bad("an actor id in Arabic-Indic digits", "actor=" + pathDigits(arabicIndic(1))),
                new Bad("an actor id beyond long", "actor=99999999999999999999"));
        for (Bad odd : apiOdd) {
            String param = odd.value().substring(0, odd.value().indexOf('='));
            cases.add(apiGet(g, "GET movies: " + odd.label(), S400, "api/movies?" + odd.value())
                    .field(param));
            if (!param.equals("releasedAfter") && !param.equals("actor")) {
                cases.add(apiGet(g, "GET actors: " + odd.label(), S400, "api/actors?" + odd.value())
                        .field(param));
            }
        }
        cases.add(apiGet(g, "GET movies: the largest int page", S200, "api/movies?page=2147483647&size=100"));
        cases.add(
                apiGet(g, "GET movies: duplicated size, the second too large", S200_400, "api/movies?size=5&size=500"));
        cases.add(
                apiGet(g, "GET actors: duplicated sort, the second unknown", S200_400, "api/actors?sort=name&sort=x"));
        cases.add(apiGet(g, "GET movies: a 5,000 character search", S200_400, "api/movies?q=" + "a".repeat(5_000)));
        cases.add(apiGet(
                        g,
                        "GET movies: a search with a right-to-left override",
                        S200,
                        "api/movies?q=" + enc("\u202Eevil"))
                .expecting("finds nothing", body -> body.contains("\"total\":0")));
        return cases;
    }

    // --- Tokens -------------------------------------------------------------------------------

    /** Each kind of credential that must not let a write through, with the status it must get. */
    private static List<Map.Entry<String, Function<Known, List<Map.Entry<String, String>>>>> badCredentials() {
        List<Map.Entry<String, Function<Known, List<Map.Entry<String, String>>>>> kinds = new ArrayList<>();
        kinds.add(Map.entry("no Authorization header", k -> List.of()));
        kinds.add(Map.entry(
                "Basic credentials",
                k -> auth("Basic "
                        + Base64.getEncoder()
                                .encodeToString((TestAccounts.EDITOR + ":" + TestAccounts.EDITOR_PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8)))));
        kinds.add(Map.entry("Bearer without a token", k -> auth("Bearer")));
        kinds.add(Map.entry("Bearer with only spaces", k -> auth("Bearer     ")));
        kinds.add(Map.entry("not a JWT", k -> auth("Bearer abc.def.ghi")));
        kinds.add(Map.entry("punctuation for a token", k -> auth("Bearer !!!$$$%%%")));
        kinds.add(
                Map.entry("two tokens in one header", k -> auth("Bearer " + k.editorToken() + " " + k.editorToken())));
        kinds.add(Map.entry(
                "two Authorization headers",
                k -> List.of(
                        Map.entry("Authorization", "Bearer " + k.editorToken()),
                        Map.entry("Authorization", "Bearer " + k.editorToken()))));
        for (String forged : ForgedTokens.KINDS) {
            kinds.add(Map.entry(
                    "a token " + forged, k -> auth("Bearer " + k.forgedTokens().get(forged))));
        }
        return kinds;
    }

    private static List<Case> tokens() {
        List<Case> cases = new ArrayList<>();
        String g = TOKENS;
        Map<String, Function<Known, String[]>> writes = new LinkedHashMap<>();
        writes.put("POST api/movies", k ->
                new String[] {"POST", "api/movies", movieJson().json()});
        writes.put("PUT api/movies/{id}", k ->
                new String[] {"PUT", "api/movies/" + k.movie(), movieEditJson(k).json()});
        writes.put("DELETE api/actors/{id}", k -> new String[] {"DELETE", "api/actors/" + k.otherActor(), null});
        writes.put("PUT api/actors/{id}/stuntman", k -> new String[] {
            "PUT", "api/actors/" + k.actor() + "/stuntman", stuntmanJson().json()
        });
        writes.put("POST api/actors/{id}/contacts", k -> new String[] {
            "POST", "api/actors/" + k.actor() + "/contacts", contactJson().json()
        });
        // Every kind against a create and a delete; the commonest kinds against the other writes.
        List<String> common = List.of(
                "no Authorization header",
                "not a JWT",
                "a token " + ForgedTokens.EXPIRED,
                "a token " + ForgedTokens.ALG_NONE,
                "a token " + ForgedTokens.UNKNOWN_KEY,
                "a token " + ForgedTokens.TAMPERED);
        for (var credential : badCredentials()) {
            writes.forEach((label, write) -> {
                if (label.equals("POST api/movies")
                        || label.equals("DELETE api/actors/{id}")
                        || common.contains(credential.getKey())) {
                    cases.add(tokenCase(
                            g, label + ": " + credential.getKey(), Set.of(401), write, credential.getValue()));
                }
            });
        }
        writes.forEach((label, write) -> cases.add(tokenCase(
                g,
                label + ": a reader's token (no editor group)",
                Set.of(403),
                write,
                k -> auth("Bearer " + k.readerToken()))));
        writes.forEach((label, write) -> cases.add(tokenCase(
                        g,
                        label + ": a 64 KB token",
                        Set.of(400, 401, 431),
                        write,
                        k -> auth("Bearer " + "a".repeat(64 * 1024)))
                .anyAnswer()));
        for (String forged : List.of(ForgedTokens.EXPIRED, ForgedTokens.ALG_NONE, ForgedTokens.UNKNOWN_KEY)) {
            cases.add(tokenCase(
                    g,
                    "GET api/secured/ping: a token " + forged,
                    Set.of(401),
                    k -> new String[] {"GET", "api/secured/ping", null},
                    k -> auth("Bearer " + k.forgedTokens().get(forged))));
        }
        return cases;
    }

    // --- The address and the headers themselves -----------------------------------------------

    private static List<Case> transport() {
        List<Case> cases = new ArrayList<>();
        String g = TRANSPORT;
        cases.add(get(g, "an address with %zz", S400, k -> "movies/%zz", Session.NONE));
        cases.add(get(g, "a query with %zz", S400, k -> "movies?q=%zz", Session.NONE));
        cases.add(get(g, "an address ending in a lone %", S400, k -> "movies/%", Session.NONE));
        cases.add(get(g, "an address with %u0031", S400, k -> "movies/%u0031", Session.NONE));
        cases.add(get(g, "an address with an encoded NUL", S400, k -> "movies/1%00", Session.NONE));
        cases.add(get(g, "an API address with an encoded NUL", S400, k -> "api/movies/1%00", Session.NONE));
        cases.add(get(g, "an address with ;jsessionid", S400, k -> "movies;jsessionid=ABC123", Session.NONE));
        cases.add(get(g, "an address in invalid UTF-8", S400_404, k -> "movies/%C3%28", Session.NONE));
        cases.add(get(g, "a path up into WEB-INF", S400_404, k -> "movies/../WEB-INF/web.xml", Session.NONE));
        cases.add(get(
                g, "an encoded path up into WEB-INF", S400_404, k -> "movies/%2e%2e/WEB-INF/web.xml", Session.NONE));
        cases.add(get(g, "WEB-INF itself", S400_404, k -> "WEB-INF/web.xml", Session.NONE));
        cases.add(get(g, "META-INF itself", S400_404, k -> "META-INF/MANIFEST.MF", Session.NONE));
        cases.add(get(g, "the folder of the style sheets", S400_404, k -> "css/", Session.NONE));
        cases.add(get(g, "a 64 KB address", TOO_LONG, k -> "movies/" + "a".repeat(64 * 1024), Session.NONE)
                .anyAnswer());
        cases.add(get(g, "a 64 KB query", TOO_LONG, k -> "movies?q=" + "a".repeat(64 * 1024), Session.NONE)
                .anyAnswer());
        cases.add(get(g, "a 64 KB API query", TOO_LONG, k -> "api/movies?q=" + "a".repeat(64 * 1024), Session.NONE)
                .anyAnswer());
        cases.add(withHeaders(
                        g,
                        "a 64 KB header",
                        TOO_LONG,
                        "GET",
                        k -> "movies",
                        k -> List.of(Map.entry("X-Probe", "a".repeat(64 * 1024))))
                .anyAnswer());
        cases.add(withHeaders(
                        g,
                        "a 64 KB cookie",
                        TOO_LONG,
                        "GET",
                        k -> "movies",
                        k -> List.of(Map.entry("Cookie", "probe=" + "a".repeat(64 * 1024))))
                .anyAnswer());
        cases.add(withHeaders(
                        g,
                        "300 headers",
                        TOO_LONG,
                        "GET",
                        k -> "movies",
                        k -> IntStream.range(0, 300)
                                .mapToObj(i -> Map.entry("X-Probe-" + i, "v".repeat(100)))
                                .toList())
                .anyAnswer());
        cases.add(withHeaders(
                        g,
                        "no Host header",
                        S400,
                        "GET",
                        k -> "movies",
                        k -> List.of(new AbstractMap.SimpleEntry<>("Host", (String) null)))
                .anyAnswer());
        cases.add(withHeaders(
                g,
                "two Host headers",
                S400,
                "GET",
                k -> "movies",
                k -> List.of(Map.entry("Host", "localhost"), Map.entry("Host", "evil.example"))));
        cases.add(
                withHeaders(g, "an empty Host header", S400, "GET", k -> "movies", k -> List.of(Map.entry("Host", "")))
                        .anyAnswer());
        cases.add(withHeaders(
                        g,
                        "a header name with a space",
                        S400,
                        "GET",
                        k -> "movies",
                        k -> List.of(Map.entry("Bad Header", "x")))
                .anyAnswer());
        cases.add(withHeaders(
                        g,
                        "a negative Content-Length",
                        S400,
                        "POST",
                        k -> "api/movies",
                        k -> List.of(Map.entry("Content-Length", "-1")))
                .anyAnswer());
        cases.add(withHeaders(
                        g,
                        "a Content-Length that is letters",
                        S400,
                        "POST",
                        k -> "api/movies",
                        k -> List.of(Map.entry("Content-Length", "abc")))
                .anyAnswer());
        cases.add(withHeaders(
                        g,
                        "a chunked body with a bad chunk size",
                        S400,
                        "POST",
                        k -> "api/movies",
                        k -> List.of(
                                Map.entry("Transfer-Encoding", "chunked"),
                                Map.entry("Content-Type", "application/json")))
                .anyAnswer()
                .withRawBody("zz\r\n{}\r\n0\r\n\r\n"));
        cases.add(withHeaders(g, "TRACE", Set.of(405), "TRACE", k -> "movies", k -> List.of()));
        // A visitor's write of any kind leads to the sign-in page; an editor's gets the method refused.
        for (String method : List.of("BREW", "PROPFIND", "PUT", "DELETE")) {
            cases.add(withHeaders(
                    g,
                    method + " on a page, signed out",
                    Set.of(303, 400, 405),
                    method,
                    k -> "movies/" + k.movie(),
                    k -> List.of()));
            cases.add(new Case(
                    g,
                    method + " on a page, signed in",
                    Set.of(400, 405),
                    k -> new Request(Session.EDITOR, method, "movies/" + k.movie(), List.of(), null),
                    null,
                    null,
                    true,
                    null,
                    null));
        }
        cases.add(withHeaders(
                        g,
                        "PATCH on the API",
                        Set.of(405),
                        "PATCH",
                        k -> "api/movies/" + k.movie(),
                        k -> List.of(bearer(k), Map.entry("Content-Type", "application/json")))
                .withBody(k -> movieEditJson(k).json()));
        cases.add(withHeaders(g, "the request target *", S400_404, "GET", k -> "*", k -> List.of())
                .anyAnswer());
        cases.add(withHeaders(
                        g,
                        "a 1 KB request id",
                        S200,
                        "GET",
                        k -> "movies",
                        k -> List.of(Map.entry("X-Request-Id", "r".repeat(1024))))
                .expecting("does not echo it", body -> !body.contains("r".repeat(1024))));
        cases.add(withHeaders(
                        g,
                        "a bearer token in non-ASCII characters",
                        Set.of(400, 401),
                        "POST",
                        k -> "api/movies",
                        k -> List.of(
                                Map.entry("Authorization", "Bearer jéton-ünïcode"),
                                Map.entry("Content-Type", "application/json")))
                .withBody(k -> movieJson().json())
                .anyAnswer());
        cases.add(withHeaders(
                        g,
                        "a non-ASCII header value",
                        S200_400,
                        "GET",
                        k -> "movies",
                        k -> List.of(Map.entry("X-Probe", "héllo wörld")))
                .anyAnswer());
        cases.add(withHeaders(
                g,
                "a made-up session cookie",
                S200,
                "GET",
                k -> "movies",
                k -> List.of(Map.entry("Cookie", "JSESSIONID=not-a-session"))));
        cases.add(withHeaders(
                g,
                "a Range that is not a range",
                Set.of(200, 416),
                "GET",
                k -> "movies",
                k -> List.of(Map.entry("Range", "bytes=abc"))));
        cases.add(withHeaders(
                g, "Accept @@@ on a page", S200_400, "GET", k -> "movies", k -> List.of(Map.entry("Accept", "@@@"))));
        cases.add(withHeaders(
                        g,
                        "Content-Type @@@/;;; on the API",
                        S400,
                        "POST",
                        k -> "api/movies",
                        k -> List.of(Map.entry("Content-Type", "@@@/;;;"), bearer(k)))
                .withBody(k -> movieJson().json()));
        cases.add(withHeaders(
                        g,
                        "two Content-Type headers on the API",
                        S400_415,
                        "POST",
                        k -> "api/movies",
                        k -> List.of(
                                Map.entry("Content-Type", "application/json"),
                                Map.entry("Content-Type", "text/plain"),
                                bearer(k)))
                .withBody(k -> movieJson().json()));
        return cases;
    }

    // --- Builders -----------------------------------------------------------------------------

    private static Case form(
            String group, String name, Set<Integer> expected, String path, Function<Known, Fields> fields) {
        return form(group, name, expected, k -> path, fields);
    }

    /** A form post of the signed-in editor with the session's CSRF token and these fields. */
    private static Case form(
            String group,
            String name,
            Set<Integer> expected,
            Function<Known, String> path,
            Function<Known, Fields> fields) {
        return new Case(
                group,
                name,
                expected,
                k -> formRequest(
                        Session.EDITOR,
                        path.apply(k),
                        fields.apply(k).addFirst("_csrf", k.editorCsrf()).encode(),
                        null),
                null,
                null,
                true,
                null,
                null);
    }

    private static Case adminForm(
            String group, String name, Set<Integer> expected, String path, Function<Known, Fields> fields) {
        return adminForm(group, name, expected, k -> path, fields);
    }

    private static Case adminForm(
            String group,
            String name,
            Set<Integer> expected,
            Function<Known, String> path,
            Function<Known, Fields> fields) {
        return new Case(
                group,
                name,
                expected,
                k -> formRequest(
                        Session.ADMIN,
                        path.apply(k),
                        fields.apply(k).addFirst("_csrf", k.adminCsrf()).encode(),
                        null),
                null,
                null,
                true,
                null,
                null);
    }

    private static Case signIn(String group, String name, Set<Integer> expected, Function<Known, Fields> fields) {
        return new Case(
                group,
                name,
                expected,
                k -> formRequest(
                        Session.SIGN_IN,
                        "signin",
                        fields.apply(k).addFirst("_csrf", k.signInCsrf()).encode(),
                        null),
                null,
                null,
                true,
                null,
                null);
    }

    /** A form post of the editor whose body is written out as it should be sent (after the CSRF token). */
    private static Case rawForm(String group, String name, Set<Integer> expected, String path, String rawFields) {
        return new Case(
                group,
                name,
                expected,
                k -> formRequest(Session.EDITOR, path, "_csrf=" + enc(k.editorCsrf()) + "&" + rawFields, null),
                null,
                null,
                true,
                null,
                null);
    }

    private static Case typed(
            String group,
            String name,
            Set<Integer> expected,
            String path,
            String contentType,
            Function<Known, String> body) {
        // The session's token goes in the header, so that only the body's type is wrong.
        return new Case(
                group,
                name,
                expected,
                k -> new Request(
                        Session.EDITOR,
                        "POST",
                        path,
                        List.of(Map.entry("Content-Type", contentType), Map.entry("X-CSRF-TOKEN", k.editorCsrf())),
                        body.apply(k).getBytes(StandardCharsets.UTF_8)),
                null,
                null,
                true,
                null,
                null);
    }

    private static Case csrfCase(
            String group,
            String name,
            Session session,
            Function<Known, String> path,
            Function<Known, Fields> fields,
            Function<Known, String> header) {
        return new Case(
                group,
                name,
                Set.of(403),
                k -> formRequest(
                        session, path.apply(k), fields.apply(k).encode(), header == null ? null : header.apply(k)),
                null,
                null,
                true,
                null,
                null);
    }

    private static Request formRequest(Session session, String path, String body, String csrfHeader) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Content-Type", "application/x-www-form-urlencoded"));
        if (csrfHeader != null) {
            headers.add(Map.entry("X-CSRF-TOKEN", csrfHeader));
        }
        return new Request(session, "POST", path, headers, body.getBytes(StandardCharsets.US_ASCII));
    }

    private static Case get(
            String group, String name, Set<Integer> expected, Function<Known, String> path, Session session) {
        return new Case(
                group,
                name,
                expected,
                k -> new Request(session, "GET", path.apply(k), List.of(), null),
                null,
                null,
                true,
                null,
                null);
    }

    private static Case withHeaders(
            String group,
            String name,
            Set<Integer> expected,
            String method,
            Function<Known, String> path,
            Function<Known, List<Map.Entry<String, String>>> headers) {
        return new Case(
                group,
                name,
                expected,
                k -> new Request(Session.NONE, method, path.apply(k), headers.apply(k), null),
                null,
                null,
                true,
                null,
                null);
    }

    private static Case apiGet(String group, String name, Set<Integer> expected, String path) {
        return get(group, name, expected, k -> path, Session.NONE);
    }

    private static Case post(
            String group, String name, Set<Integer> expected, String path, Function<Known, Json> json) {
        return post(group, name, expected, k -> path, json);
    }

    private static Case post(
            String group,
            String name,
            Set<Integer> expected,
            Function<Known, String> path,
            Function<Known, Json> json) {
        return typedApi(
                group,
                name,
                expected,
                "POST",
                path,
                "application/json",
                k -> json.apply(k).json());
    }

    private static Case postRaw(
            String group, String name, Set<Integer> expected, String path, Function<Known, String> body) {
        return postRaw(group, name, expected, k -> path, body);
    }

    private static Case postRaw(
            String group,
            String name,
            Set<Integer> expected,
            Function<Known, String> path,
            Function<Known, String> body) {
        return typedApi(group, name, expected, "POST", path, "application/json", body);
    }

    private static Case put(
            String group,
            String name,
            Set<Integer> expected,
            Function<Known, String> path,
            Function<Known, Json> json) {
        return typedApi(
                group,
                name,
                expected,
                "PUT",
                path,
                "application/json",
                k -> json.apply(k).json());
    }

    private static Case putIfMatch(
            String group,
            String name,
            Set<Integer> expected,
            Function<Known, String> path,
            Function<Known, String> ifMatch,
            Function<Known, Json> json) {
        return apiWith(
                        group,
                        name,
                        expected,
                        "PUT",
                        path,
                        null,
                        k -> List.of(
                                Map.entry("Content-Type", "application/json"),
                                bearer(k),
                                Map.entry("If-Match", ifMatch.apply(k))))
                .withBody(k -> json.apply(k).json());
    }

    /** An API request of the editor's token with this Content-Type (none when null) and body. */
    private static Case typedApi(
            String group,
            String name,
            Set<Integer> expected,
            String method,
            Function<Known, String> path,
            String contentType,
            Function<Known, String> body) {
        return apiBytes(
                group,
                name,
                expected,
                method,
                path,
                contentType,
                k -> body.apply(k).getBytes(StandardCharsets.UTF_8));
    }

    private static Case apiBytes(
            String group,
            String name,
            Set<Integer> expected,
            String method,
            Function<Known, String> path,
            Function<Known, byte[]> body) {
        return apiBytes(group, name, expected, method, path, "application/json", body);
    }

    private static Case apiBytes(
            String group,
            String name,
            Set<Integer> expected,
            String method,
            Function<Known, String> path,
            String contentType,
            Function<Known, byte[]> body) {
        return new Case(
                group,
                name,
                expected,
                k -> {
                    List<Map.Entry<String, String>> headers = new ArrayList<>();
                    headers.add(bearer(k));
                    if (contentType != null) {
                        headers.add(Map.entry("Content-Type", contentType));
                    }
                    return new Request(Session.NONE, method, path.apply(k), headers, body.apply(k));
                },
                null,
                null,
                true,
                null,
                null);
    }

    private static Case apiWith(
            String group,
            String name,
            Set<Integer> expected,
            String method,
            Function<Known, String> path,
            String body,
            Function<Known, List<Map.Entry<String, String>>> headers) {
        return new Case(
                group,
                name,
                expected,
                k -> new Request(
                        Session.NONE,
                        method,
                        path.apply(k),
                        headers.apply(k),
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8)),
                null,
                null,
                true,
                null,
                null);
    }

    private static Case tokenCase(
            String group,
            String name,
            Set<Integer> expected,
            Function<Known, String[]> write,
            Function<Known, List<Map.Entry<String, String>>> credentials) {
        return new Case(
                group,
                name,
                expected,
                k -> {
                    String[] w = write.apply(k);
                    List<Map.Entry<String, String>> headers = new ArrayList<>(credentials.apply(k));
                    if (w[2] != null) {
                        headers.add(Map.entry("Content-Type", "application/json"));
                    }
                    return new Request(
                            Session.NONE,
                            w[0],
                            w[1],
                            headers,
                            w[2] == null ? null : w[2].getBytes(StandardCharsets.UTF_8));
                },
                null,
                null,
                true,
                null,
                null);
    }

    static Map.Entry<String, String> bearer(Known k) {
        return Map.entry("Authorization", "Bearer " + k.editorToken());
    }

    private static List<Map.Entry<String, String>> auth(String value) {
        return List.of(Map.entry("Authorization", value));
    }

    // --- Valid requests to break --------------------------------------------------------------

    static Fields movieFields() {
        return new Fields().add("title", "Corpus Probe").add("releaseDate", "2001-01-01");
    }

    static Fields movieEdit(Known k) {
        return new Fields()
                .add("title", "Corpus Probe")
                .add("releaseDate", "2001-01-01")
                .add("cast", String.valueOf(k.actor()))
                .add("version", String.valueOf(k.movieVersion()));
    }

    static Fields actorFields() {
        return new Fields().add("name", "Corpus Probe").add("birthday", "1970-01-01");
    }

    static Fields actorEdit(Known k) {
        return actorFields().add("version", String.valueOf(k.actorVersion()));
    }

    static Fields contactFields() {
        return new Fields().add("phoneNumber", "555 0199").add("address", "1 Probe Street, Springfield");
    }

    static Fields contactEdit(Known k) {
        return contactFields().add("version", String.valueOf(k.contactVersion()));
    }

    static Fields stuntmanFields(Known k) {
        return new Fields()
                .add("stuntmanName", "Probe Double")
                .add("stuntmanActive", "on")
                .add("stuntmanVersion", String.valueOf(k.stuntmanVersion()));
    }

    static Fields accountFields() {
        return new Fields()
                .add("username", "corpus-new-account")
                .add("role", "editor")
                .add("password", "a long enough corpus password");
    }

    static Json movieJson() {
        return new Json()
                .put("title", "Corpus Probe")
                .put("releaseDate", "2001-01-01")
                .put("castIds", List.of());
    }

    static Json movieEditJson(Known k) {
        return movieJson().put("version", k.movieVersion());
    }

    static Json actorJson() {
        return new Json().put("name", "Corpus Probe").put("birthday", "1970-01-01");
    }

    static Json contactJson() {
        return new Json().put("phoneNumber", "555 0199").put("address", "1 Probe Street, Springfield");
    }

    static Json stuntmanJson() {
        return new Json().put("name", "Probe Double").put("active", true);
    }

    // --- Small helpers ------------------------------------------------------------------------

    /** Form fields in order; names may repeat. */
    static final class Fields {

        private final List<String[]> list = new ArrayList<>();

        Fields add(String name, String value) {
            list.add(new String[] {name, value});
            return this;
        }

        Fields addFirst(String name, String value) {
            list.add(0, new String[] {name, value});
            return this;
        }

        Fields set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        Fields remove(String name) {
            list.removeIf(f -> f[0].equals(name));
            return this;
        }

        String encode() {
            return list.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
        }
    }

    /** A JSON object written by hand, so that any value (a lone surrogate, a control character) can be sent. */
    static final class Json {

        private final Map<String, Object> fields = new LinkedHashMap<>();

        Json put(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        Json remove(String name) {
            fields.remove(name);
            return this;
        }

        String json() {
            return write(fields);
        }

        static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof String text) {
                StringBuilder out = new StringBuilder("\"");
                for (char c : text.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c >= 0x7F) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
                return out.append('"').toString();
            }
            if (value instanceof Map<?, ?> map) {
                return map.entrySet().stream()
                        .map(e -> write(String.valueOf(e.getKey())) + ":" + write(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
            }
            if (value instanceof List<?> items) {
                return items.stream().map(Json::write).collect(Collectors.joining(",", "[", "]"));
            }
            return String.valueOf(value);
        }
    }

    /** {@code count} consecutive ids from {@code first}. */
    static final class LongRange {

        private LongRange() {}

        static List<Long> of(long first, int count) {
            return LongStream.range(first, first + count).boxed().toList();
        }
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Percent-encodes every non-ASCII character of a path segment. */
    static String pathDigits(String digits) {
        return enc(digits);
    }

    /** The number written in Arabic-Indic digits (U+0660 to U+0669), which Java's number parsing accepts. */
    static String arabicIndic(long number) {
        return String.valueOf(number)
                .chars()
                .mapToObj(c -> String.valueOf((char) ('\u0660' + (c - '0'))))
                .collect(Collectors.joining());
    }

    /** The number written in full-width digits (U+FF10 to U+FF19). */
    static String fullWidth(long number) {
        return String.valueOf(number)
                .chars()
                .mapToObj(c -> String.valueOf((char) ('\uFF10' + (c - '0'))))
                .collect(Collectors.joining());
    }

    private static String typeName(Object value) {
        return value instanceof Number
                ? "number"
                : value instanceof Boolean ? "boolean" : value instanceof List ? "array" : "object";
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }
}
