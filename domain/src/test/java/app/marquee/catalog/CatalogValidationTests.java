package app.marquee.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Bean Validation rules of the entities, checked with a plain {@link Validator} (no container), and
 * the messages users see, from {@code ValidationMessages.properties}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogValidationTests {

    // A fixed clock, so that "today" is the same day for the test and for @PastOrPresent even at midnight.
    private final Clock clock =
            Clock.fixed(LocalDate.of(2026, 11, 15).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final LocalDate today = LocalDate.now(clock);

    private final ValidatorFactory factory = Validation.byDefaultProvider()
            .configure()
            .clockProvider(() -> clock)
            .buildValidatorFactory();
    private final Validator validator = factory.getValidator();

    @AfterAll
    void closeFactory() {
        factory.close();
    }

    @Test
    void aMovieWithATitleIsValid() {
        assertThat(violations(new Movie("Furious 7", LocalDate.of(2015, 4, 2)))).isEmpty();
        assertThat(violations(new Movie("Furious 7", null))).isEmpty();
    }

    @Test
    void aBlankTitleIsRejected() {
        assertThat(violations(new Movie("", null))).containsExactly("title: Title is required.");
        assertThat(violations(new Movie("   ", null))).containsExactly("title: Title is required.");
    }

    @Test
    void aTitleOfAtMost200CharactersIsAccepted() {
        assertThat(violations(new Movie("x".repeat(200), null))).isEmpty();
    }

    @Test
    void aTitleOver200CharactersIsRejected() {
        assertThat(violations(new Movie("x".repeat(201), null)))
                .containsExactly("title: Title must be at most 200 characters.");
    }

    @Test
    void anActorWithANameIsValid() {
        assertThat(violations(new Actor("Dwayne Johnson", LocalDate.of(1972, 5, 2))))
                .isEmpty();
        assertThat(violations(new Actor("Dwayne Johnson", null))).isEmpty();
    }

    @Test
    void aBlankActorNameIsRejected() {
        assertThat(violations(new Actor(" ", null))).containsExactly("name: Name is required.");
    }

    @Test
    void anActorNameOver100CharactersIsRejected() {
        assertThat(violations(new Actor("x".repeat(100), null))).isEmpty();
        assertThat(violations(new Actor("x".repeat(101), null)))
                .containsExactly("name: Name must be at most 100 characters.");
    }

    @Test
    void aBirthdayInTheFutureIsRejected() {
        assertThat(violations(new Actor("Dwayne Johnson", today.plusDays(1))))
                .containsExactly("birthday: Birthday cannot be in the future.");
    }

    @Test
    void aBirthdayTodayIsAccepted() {
        assertThat(violations(new Actor("Dwayne Johnson", today))).isEmpty();
    }

    @Test
    void aContactNeedsAPhoneNumberAndAnAddress() {
        assertThat(violations(new ContactDetails("423 555 5623", "Glendale, CA")))
                .isEmpty();
        assertThat(violations(new ContactDetails(" ", "")))
                .containsExactlyInAnyOrder("phoneNumber: Phone number is required.", "address: Address is required.");
    }

    @Test
    void aPhoneNumberOver32CharactersIsRejected() {
        assertThat(violations(new ContactDetails("1".repeat(32), "Glendale, CA")))
                .isEmpty();
        assertThat(violations(new ContactDetails("1".repeat(33), "Glendale, CA")))
                .containsExactly("phoneNumber: Phone number must be at most 32 characters.");
    }

    @Test
    void anAddressOver200CharactersIsRejected() {
        assertThat(violations(new ContactDetails("423 555 5623", "x".repeat(200))))
                .isEmpty();
        assertThat(violations(new ContactDetails("423 555 5623", "x".repeat(201))))
                .containsExactly("address: Address must be at most 200 characters.");
    }

    @Test
    void aStuntmanNeedsANameOfAtMost100Characters() {
        assertThat(violations(new Stuntman("John Roe", false))).isEmpty();
        assertThat(violations(new Stuntman("", true))).containsExactly("name: Name is required.");
        assertThat(violations(new Stuntman("x".repeat(101), true)))
                .containsExactly("name: Name must be at most 100 characters.");
    }

    @Test
    void validatingAnActorValidatesItsContactDetails() {
        Actor actor = new Actor("Dwayne Johnson", LocalDate.of(1972, 5, 2));
        actor.addContact(new ContactDetails("423 555 5623", "Glendale, CA"));
        actor.addContact(new ContactDetails("4".repeat(33), " "));

        assertThat(violations(actor))
                .containsExactlyInAnyOrder(
                        "contactDetails[1].phoneNumber: Phone number must be at most 32 characters.",
                        "contactDetails[1].address: Address is required.");
    }

    @Test
    void validatingAnActorValidatesItsStuntman() {
        Actor actor = new Actor("Dwayne Johnson", LocalDate.of(1972, 5, 2));
        actor.assignStuntman(new Stuntman(" ", true));

        assertThat(violations(actor)).containsExactly("stuntman.name: Name is required.");
    }

    @Test
    void anActorWithValidContactsAndStuntmanIsValid() {
        Actor actor = new Actor("Dwayne Johnson", LocalDate.of(1972, 5, 2));
        actor.addContact(new ContactDetails("423 555 5623", "Glendale, CA"));
        actor.assignStuntman(new Stuntman("John Roe", true));

        assertThat(violations(actor)).isEmpty();
    }

    // --- Text hygiene ---

    @Test
    void aTitleOfOnlyNoBreakOrZeroWidthSpacesIsBlank() {
        assertThat(violations(new Movie("\u00A0\u202F\u2007", null))).containsExactly("title: Title is required.");
        assertThat(violations(new Movie("\u200B\uFEFF\u2060", null))).containsExactly("title: Title is required.");
    }

    @Test
    void namesAndTitlesAreStoredNormalised() {
        Movie movie = new Movie("\u00A0Ame\u0301lie\u200B ", null);
        Actor actor = new Actor("\uFEFFAudrey Tautou\u00A0", null);
        ContactDetails contact = new ContactDetails(" 01 42 68 53 00\u202F", "\u2007Paris ");
        Stuntman stuntman = new Stuntman("\u200DJean Double\t", true);

        assertThat(movie.getTitle()).isEqualTo("Am\u00E9lie");
        assertThat(actor.getName()).isEqualTo("Audrey Tautou");
        assertThat(contact.getPhoneNumber()).isEqualTo("01 42 68 53 00");
        assertThat(contact.getAddress()).isEqualTo("Paris");
        assertThat(stuntman.getName()).isEqualTo("Jean Double");

        movie.setTitle(" Heat\u00A0");
        actor.setName("\u2060Al Pacino");
        contact.setPhoneNumber("\u00A0555 0100");
        contact.setAddress("Los Angeles\u200B");
        stuntman.setName(" Jim Double ");
        assertThat(List.of(
                        movie.getTitle(),
                        actor.getName(),
                        contact.getPhoneNumber(),
                        contact.getAddress(),
                        stuntman.getName()))
                .containsExactly("Heat", "Al Pacino", "555 0100", "Los Angeles", "Jim Double");
    }

    @Test
    void controlCharactersAndDirectionOverridesAreRejectedInEveryName() {
        String plainTextMessage =
                "Must not contain control characters (such as tabs or line breaks) or text-direction" + " overrides.";
        assertThat(violations(new Movie("Heat\u202Etaeh", null))).containsExactly("title: " + plainTextMessage);
        assertThat(violations(new Movie("Heat\nwave", null))).containsExactly("title: " + plainTextMessage);
        assertThat(violations(new Actor("Al\u0000Pacino", null))).containsExactly("name: " + plainTextMessage);
        assertThat(violations(new ContactDetails("555\t0100", "Paris\u2066")))
                .containsExactlyInAnyOrder("phoneNumber: " + plainTextMessage, "address: " + plainTextMessage);
        assertThat(violations(new Stuntman("Jim\rDouble", true))).containsExactly("name: " + plainTextMessage);
        assertThat(violations(new Movie("Heat \uD83C", null))).containsExactly("title: " + plainTextMessage);
    }

    @Test
    void controlCharactersAtTheEndsAreStrippedAsWhiteSpaceNotRejected() {
        assertThat(violations(new Movie("\tHeat\r\n", null))).isEmpty();
    }

    // --- The date range of release dates and birthdays ---

    @Test
    void releaseDatesAndBirthdaysAtBothEndsOfTheRangeAreAccepted() {
        assertThat(violations(new Movie("Heat", CatalogDates.EARLIEST))).isEmpty();
        assertThat(violations(new Movie("Heat", CatalogDates.LATEST))).isEmpty();
        assertThat(violations(new Actor("Al Pacino", CatalogDates.EARLIEST))).isEmpty();
    }

    @Test
    void releaseDatesOutsideTheRangeAreRejected() {
        assertThat(violations(new Movie("Heat", CatalogDates.EARLIEST.minusDays(1))))
                .containsExactly("releaseDate: Must be between 1850-01-01 and 9999-12-31.");
        assertThat(violations(new Movie("Heat", LocalDate.of(1582, 10, 10))))
                .containsExactly("releaseDate: Must be between 1850-01-01 and 9999-12-31.");
        assertThat(violations(new Movie("Heat", CatalogDates.LATEST.plusDays(1))))
                .containsExactly("releaseDate: Must be between 1850-01-01 and 9999-12-31.");
    }

    @Test
    void aBirthdayBeforeTheRangeIsRejectedAndOneAfterTodayStaysInTheFuture() {
        assertThat(violations(new Actor("Al Pacino", LocalDate.of(1849, 12, 31))))
                .containsExactly("birthday: Must be between 1850-01-01 and 9999-12-31.");
        assertThat(violations(new Actor("Al Pacino", LocalDate.of(3000, 1, 1))))
                .containsExactly("birthday: Birthday cannot be in the future.");
    }

    @Test
    void theRangeMessageNamesTheRangeConstants() {
        assertThat(violations(new Movie("Heat", LocalDate.MIN)))
                .singleElement()
                .asString()
                .contains(CatalogDates.EARLIEST.toString(), CatalogDates.LATEST.toString());
        assertThat(CatalogDates.allows(null)).isTrue();
    }

    // --- The cast ---

    @Test
    void aCastOfMoreThanTheMaximumIsRejectedByValidationToo() {
        Set<Long> tooMany =
                LongStream.rangeClosed(1, Movie.CAST_MAX + 1).boxed().collect(Collectors.toSet());

        assertThat(validator.validateValue(Movie.class, "actors", tooMany))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("A cast has at most 500 actors.");
        assertThat(validator.validateValue(Movie.class, "actors", Set.copyOf(List.of(1L, 2L))))
                .isEmpty();
    }

    /** Each violation as "property path: message". */
    private List<String> violations(Object entity) {
        return validator.validate(entity).stream()
                .map(CatalogValidationTests::describe)
                .toList();
    }

    private static String describe(ConstraintViolation<?> violation) {
        return violation.getPropertyPath() + ": " + violation.getMessage();
    }
}
