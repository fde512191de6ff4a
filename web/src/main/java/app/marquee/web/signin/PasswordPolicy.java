package app.marquee.web.signin;

import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (OWASP ASVS 2.1): at least 12 characters, not the account's name, and
 * not one of the 100 most common passwords. Length is what makes a password strong; there are no
 * rules about character classes. Passwords are capped at 200 characters only so that a huge input
 * cannot be used to keep the server hashing.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordPolicy() {}

    /** Why {@code password} cannot be the password of {@code username} (in English), or empty when it can. */
    public static Optional<String> problem(String password, String username) {
        return problem(password, username, Languages.DEFAULT);
    }

    /** Why {@code password} cannot be the password of {@code username}, in this language, or empty when it can. */
    public static Optional<String> problem(String password, String username, Locale locale) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Texts.get(locale, "password.missing"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Texts.get(locale, "password.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Texts.get(locale, "password.tooLong", MAX_LENGTH));
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (username != null
                && !username.isBlank()
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Texts.get(locale, "password.containsName"));
        }
        if (COMMON.contains(lower)) {
            return Optional.of(Texts.get(locale, "password.common"));
        }
        return Optional.empty();
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
