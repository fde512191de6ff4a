package app.marquee.it;

import static app.marquee.it.UiTests.href;
import static app.marquee.it.UiTests.names;
import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.actor.ActorDraft;
import app.marquee.actor.ActorRepository;
import app.marquee.catalog.Actor;
import app.marquee.catalog.ContactDetails;
import app.marquee.catalog.Stuntman;
import app.marquee.it.PageClient.Reply;
import app.marquee.movie.MovieRepository;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The actor pages inside Payara Micro against PostgreSQL, over HTTP as a browser uses them: the
 * listing with its filters, an actor's page, the actor form with validation and stale edits,
 * deletion, and the contact and stuntman forms on the actor's page.
 */
@ExtendWith(ArquillianExtension.class)
class ActorPagesIT {

    @Deployment
    static WebArchive deployment() {
        return UiTests.deployment(ActorPagesIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    CatalogFixture fixture;

    @Inject
    ActorRepository actors;

    @Inject
    MovieRepository movies;

    PageClient client;

    @BeforeEach
    void sampleCatalogAndANewSession() {
        fixture.resetToSampleCatalog();
        client = PageClient.signedInEditor(base);
    }

    private long actorId(String name) {
        return actors.findByName(name).orElseThrow().getId();
    }

    private List<String> addresses(long actorId) {
        return actors.getProfile(actorId).getContactDetails().stream()
                .map(ContactDetails::getAddress)
                .toList();
    }

    // --- listing ------------------------------------------------------------------------------

    @Test
    void actorListShowsBirthdaysMovieCountsAndAddresses() {
        Reply list = client.get("actors");
        assertThat(list.status()).isEqualTo(200);
        assertThat(names(list)).isEqualTo(List.of("Dwayne Johnson", "Mark Wahlberg", "Matt Damon"));
        var dwayne = list.doc().selectFirst("tr:has(td[data-label=Name]:contains(Dwayne Johnson))");
        assertThat(dwayne.selectFirst("td[data-label=Born]").text()).isEqualTo("1972-05-02");
        assertThat(dwayne.selectFirst("td[data-label=Movies]").text()).isEqualTo("2");
        assertThat(dwayne.selectFirst("td[data-label=Addresses]").text()).isEqualTo("Glendale, CA; West Hollywood, CA");
        Reply filmography =
                client.get(dwayne.selectFirst("td[data-label=Movies] a").absUrl("href"));
        assertThat(UiTests.titles(filmography)).isEqualTo(List.of("Pain & Gain", "Furious 7"));
    }

    @Test
    void everyActorInTheListingShowsAllAddressesEvenWhenContactsInterleave() {
        // Contacts are ordered by id, and these ids alternate between the two actors.
        long matt = actorId("Matt Damon");
        long mark = actorId("Mark Wahlberg");
        actors.addContact(matt, "1", "Boston, MA");
        actors.addContact(mark, "2", "Dorchester, MA");
        actors.addContact(matt, "3", "Cambridge, MA");

        Reply list = client.get("actors?city=MA");
        assertThat(names(list)).isEqualTo(List.of("Mark Wahlberg", "Matt Damon"));
        assertThat(list.texts("td[data-label=Addresses]"))
                .isEqualTo(List.of("Glendale, CA; Dorchester, MA", "Burbank, CA; Boston, MA; Cambridge, MA"));
    }

    @Test
    void cityFilterIgnoresCaseAndListsAnActorWithTwoMatchingAddressesOnce() {
        actors.addContact(actorId("Dwayne Johnson"), "421 000 0000", "North Glendale, CA");
        Reply list = client.get("actors?city=GLENDALE");
        assertThat(names(list)).isEqualTo(List.of("Dwayne Johnson", "Mark Wahlberg"));
        assertThat(list.text(".summary")).isEqualTo("Showing 1–2 of 2");
        assertThat(list.texts(".chip strong")).isEqualTo(List.of("GLENDALE"));
        assertThat(list.value("#city")).isEqualTo("GLENDALE");

        Reply all = client.get(href(list, "a.chip-remove"));
        assertThat(names(all).size()).isEqualTo(3);
    }

    @Test
    void actorListSortsByBirthdayPagesAndCombinesFilters() {
        Reply youngestFirst = client.get("actors?sort=-birthday&size=2");
        assertThat(names(youngestFirst)).isEqualTo(List.of("Dwayne Johnson", "Mark Wahlberg"));
        assertThat(youngestFirst.doc().selectFirst("th:contains(Born)").attr("aria-sort"))
                .isEqualTo("descending");
        Reply next = client.get(href(youngestFirst, "a[rel=next]"));
        assertThat(names(next)).isEqualTo(List.of("Matt Damon"));
        assertThat(next.uri().getQuery()).contains("sort=-birthday");

        assertThat(names(client.get("actors?q=MARK&city=glendale"))).isEqualTo(List.of("Mark Wahlberg"));
        assertThat(names(client.get("actors?sort=-name")))
                .isEqualTo(List.of("Matt Damon", "Mark Wahlberg", "Dwayne Johnson"));
        assertThat(names(client.get("actors?sort=nonsense&page=x&size=y")))
                .isEqualTo(List.of("Dwayne Johnson", "Mark Wahlberg", "Matt Damon"));
    }

    // --- actor page ---------------------------------------------------------------------------

    @Test
    void actorPageShowsFilmographyContactsAndStuntman() {
        long id = actorId("Dwayne Johnson");
        Reply page = client.get("actors/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("h1")).isEqualTo("Dwayne Johnson");
        assertThat(page.texts(".filmography li"))
                .isEqualTo(List.of("Pain & Gain (2013-08-23)", "Furious 7 (2015-04-02)"));
        assertThat(page.texts("td[data-label=Address]")).isEqualTo(List.of("Glendale, CA", "West Hollywood, CA"));
        assertThat(page.text("#stuntman-current")).isEqualTo("John Roe active · Remove stuntman");
        assertThat(page.value("#stuntmanName")).isEqualTo("John Roe");
        assertThat(page.doc().selectFirst("#stuntmanActive").hasAttr("checked")).isTrue();
        assertThat(page.doc().select("main form input[name=_csrf]").size())
                .as("both forms carry the CSRF token")
                .isEqualTo(2);
    }

    // --- actor form ---------------------------------------------------------------------------

    @Test
    void creatingAnActorRedirectsToItsPageWithAFlashMessage() {
        Reply posted = client.submit(
                client.get("actors/new"),
                "form.record-form",
                f -> f.set("name", "Keanu Reeves").set("birthday", "1964-09-02"));
        assertThat(posted.status()).isEqualTo(303);
        Reply page = client.follow(posted);
        assertThat(page.flash()).isEqualTo("Actor “Keanu Reeves” saved.");
        assertThat(page.text("h1")).isEqualTo("Keanu Reeves");
        assertThat(actors.findByName("Keanu Reeves").orElseThrow().getBirthday())
                .isEqualTo(LocalDate.of(1964, 9, 2));
    }

    @Test
    void anInvalidActorFormIsShownAgainWithMessagesAndTheInputKept() {
        Reply form = client.get("actors/new");
        String tomorrow = LocalDate.now().plusDays(1).toString();

        Reply future =
                client.submit(form, "form.record-form", f -> f.set("name", "").set("birthday", tomorrow));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.fieldError("name")).isEqualTo("Name is required.");
        assertThat(future.fieldError("birthday")).isEqualTo("Birthday cannot be in the future.");
        assertThat(future.value("#birthday")).isEqualTo(tomorrow);

        Reply impossible = client.submit(
                future, "form.record-form", f -> f.set("name", "N".repeat(101)).set("birthday", "1970-02-30"));
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(impossible.fieldError("name")).isEqualTo("Name must be at most 100 characters.");
        assertThat(impossible.value("#name")).isEqualTo("N".repeat(101));
        assertThat(impossible.fieldError("birthday")).isEqualTo("There is no such date as 1970-02-30.");
        assertThat(impossible.value("#birthday")).isEqualTo("1970-02-30");
        assertThat(actors.count()).isEqualTo(3);
    }

    @Test
    void editingAnActorSavesNameAndBirthday() {
        long id = actorId("Matt Damon");
        Reply form = client.get("actors/" + id + "/edit");
        assertThat(form.value("#name")).isEqualTo("Matt Damon");
        assertThat(form.value("#birthday")).isEqualTo("1970-10-08");
        Reply saved = client.submit(
                form, "form.record-form", f -> f.set("name", "Matthew Damon").set("birthday", ""));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(client.follow(saved).flash()).isEqualTo("Actor “Matthew Damon” saved.");
        Actor stored = actors.getProfile(id);
        assertThat(stored.getName()).isEqualTo("Matthew Damon");
        assertThat(stored.getBirthday()).isNull();
    }

    @Test
    void aStaleActorEditShowsAConflictWithTheCurrentValuesAndOverwritesNothing() {
        long id = actorId("Mark Wahlberg");
        Reply mine = client.get("actors/" + id + "/edit");
        actors.update(id, actors.getProfile(id).getVersion(), new ActorDraft("Marky Mark", LocalDate.of(1971, 6, 5)));

        Reply conflict = client.submit(mine, "form.record-form", f -> f.set("name", "Mark R. Wahlberg"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("#conflict")).contains("Someone else saved this actor");
        assertThat(conflict.text("#conflict .submitted")).contains("Mark R. Wahlberg");
        assertThat(conflict.value("#name")).isEqualTo("Marky Mark");
        assertThat(actors.getProfile(id).getName()).isEqualTo("Marky Mark");
    }

    @Test
    void anEditWithoutItsVersionIsABadRequest() {
        long id = actorId("Mark Wahlberg");
        Reply noVersion = client.submit(
                client.get("actors/" + id + "/edit"),
                "form.record-form",
                f -> f.remove("version").set("name", "Someone"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(actors.getProfile(id).getName()).isEqualTo("Mark Wahlberg");
    }

    @Test
    void deletingAnActorTakesAConfirmationStepAndKeepsTheirMovies() {
        long id = actorId("Dwayne Johnson");
        Reply confirm = client.get(href(client.get("actors/" + id), "a:contains(Delete actor)"));
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.text(".confirm"))
                .as(confirm.text(".confirm"))
                .contains("2 contact details and their stuntman");
        assertThat(actors.exists(id)).isTrue();

        Reply deleted = client.submit(confirm, "form.actions", f -> {});
        assertThat(deleted.status()).isEqualTo(303);
        Reply list = client.follow(deleted);
        assertThat(list.flash()).isEqualTo("Actor “Dwayne Johnson” deleted.");
        assertThat(names(list)).isEqualTo(List.of("Mark Wahlberg", "Matt Damon"));
        assertThat(movies.count()).isEqualTo(3);
    }

    // --- contacts -----------------------------------------------------------------------------

    @Test
    void contactsAreAddedEditedAndRemovedOnTheActorsPage() {
        long id = actorId("Matt Damon");
        Reply added = client.submit(
                client.get("actors/" + id),
                "#contact-form",
                f -> f.set("phoneNumber", "310 555 0100").set("address", "Santa Monica, CA"));
        assertThat(added.status()).isEqualTo(303);
        Reply page = client.follow(added);
        assertThat(page.flash()).isEqualTo("Contact “310 555 0100, Santa Monica, CA” added.");
        assertThat(page.texts("td[data-label=Address]")).isEqualTo(List.of("Burbank, CA", "Santa Monica, CA"));

        Reply edit = client.get(href(page, "a[aria-label^=Edit contact 310]"));
        assertThat(edit.value("#phoneNumber")).isEqualTo("310 555 0100");
        Reply saved = client.submit(edit, "form.record-form", f -> f.set("address", "Malibu, CA"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(client.follow(saved).texts("td[data-label=Address]"))
                .isEqualTo(List.of("Burbank, CA", "Malibu, CA"));

        Reply confirm = client.get(href(client.get("actors/" + id), "a[aria-label^=Remove contact 415]"));
        assertThat(confirm.text(".confirm")).contains("Burbank, CA");
        assertThat(addresses(id))
                .as("asking for confirmation removes nothing")
                .isEqualTo(List.of("Burbank, CA", "Malibu, CA"));
        Reply removed = client.submit(confirm, "form.actions", f -> {});
        assertThat(client.follow(removed).flash()).isEqualTo("Contact “415 555 2671, Burbank, CA” removed.");
        assertThat(addresses(id)).isEqualTo(List.of("Malibu, CA"));
    }

    @Test
    void anInvalidContactIsShownAgainOnTheActorsPageWithNothingSaved() {
        long id = actorId("Matt Damon");
        Reply bad = client.submit(
                client.get("actors/" + id),
                "#contact-form",
                f -> f.set("phoneNumber", " ").set("address", "A".repeat(201)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("h1")).isEqualTo("Matt Damon");
        assertThat(bad.fieldError("phoneNumber")).isEqualTo("Phone number is required.");
        assertThat(bad.fieldError("address")).isEqualTo("Address must be at most 200 characters.");
        assertThat(bad.value("#address")).isEqualTo("A".repeat(201));
        assertThat(bad.fieldError("stuntmanName"))
                .as("the other form on the page shows no error")
                .isNull();

        long contact = actors.getProfile(id).getContactDetails().get(0).getId();
        Reply badEdit = client.submit(
                client.get("actors/" + id + "/contacts/" + contact + "/edit"),
                "form.record-form",
                f -> f.set("phoneNumber", "9".repeat(33)));
        assertThat(badEdit.status()).isEqualTo(400);
        assertThat(badEdit.fieldError("phoneNumber")).isEqualTo("Phone number must be at most 32 characters.");
        assertThat(addresses(id)).isEqualTo(List.of("Burbank, CA"));
    }

    @Test
    void aStaleContactEditShowsAConflictWithTheCurrentValuesAndOverwritesNothing() {
        long id = actorId("Mark Wahlberg");
        ContactDetails contact = actors.getProfile(id).getContactDetails().get(0);
        Reply mine = client.get("actors/" + id + "/contacts/" + contact.getId() + "/edit");
        actors.updateContact(id, contact.getId(), contact.getVersion(), "421 333 0001", "Pasadena, CA");

        Reply conflict = client.submit(mine, "form.record-form", f -> f.set("address", "Malibu, CA"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("#conflict"))
                .as(conflict.text("#conflict"))
                .contains("Someone else saved this contact");
        assertThat(conflict.text("#conflict .submitted")).contains("Malibu, CA");
        assertThat(conflict.value("#address")).isEqualTo("Pasadena, CA");
        assertThat(conflict.value("#phoneNumber")).isEqualTo("421 333 0001");
        assertThat(addresses(id)).isEqualTo(List.of("Pasadena, CA"));

        Reply again = client.submit(conflict, "form.record-form", f -> f.set("address", "Malibu, CA"));
        assertThat(again.status())
                .as("the conflict page carries the current version")
                .isEqualTo(303);
        assertThat(addresses(id)).isEqualTo(List.of("Malibu, CA"));
    }

    @Test
    void aContactOfAnotherActorOrAnUnknownOneIsNotFound() {
        long matt = actorId("Matt Damon");
        long dwaynesContact = actors.getProfile(actorId("Dwayne Johnson"))
                .getContactDetails()
                .get(0)
                .getId();
        assertThat(client.get("actors/" + matt + "/contacts/" + dwaynesContact + "/edit")
                        .status())
                .isEqualTo(404);
        assertThat(client.get("actors/" + matt + "/contacts/987654321/delete").status())
                .isEqualTo(404);
        assertThat(client.get("actors/" + matt + "/contacts/987654321/edit").text("h1"))
                .isEqualTo("Contact not found");
    }

    // --- stuntman -----------------------------------------------------------------------------

    @Test
    void aStuntmanFieldSayingFalseOrOffStoresAnInactiveStuntmanAndNonsenseIsRefused() {
        long id = actorId("Matt Damon");
        for (String unticked : List.of("false", "off", "0")) {
            Reply saved = client.submit(
                    client.get("actors/" + id),
                    "#stuntman-form",
                    f -> f.set("stuntmanName", "Jane Doe").set("stuntmanActive", unticked));
            assertThat(saved.status()).as(unticked).isEqualTo(303);
            assertThat(actors.getProfile(id).getStuntman().orElseThrow().isActive())
                    .as(unticked)
                    .isFalse();
        }
        Reply ticked = client.submit(client.get("actors/" + id), "#stuntman-form", f -> f.set("stuntmanActive", "on"));
        assertThat(ticked.status()).isEqualTo(303);
        assertThat(actors.getProfile(id).getStuntman().orElseThrow().isActive()).isTrue();

        Reply nonsense =
                client.submit(client.get("actors/" + id), "#stuntman-form", f -> f.set("stuntmanActive", "maybe"));
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.body()).as(nonsense.body()).contains("Tick the box");
        assertThat(actors.getProfile(id).getStuntman().orElseThrow().isActive()).isTrue();
    }

    @Test
    void theStuntmanIsRenamedDeactivatedRemovedAndSetAgain() {
        long id = actorId("Matt Damon");
        Reply changed = client.submit(
                client.get("actors/" + id),
                "#stuntman-form",
                f -> f.set("stuntmanName", "Jane Doe").remove("stuntmanActive"));
        assertThat(changed.status()).isEqualTo(303);
        Reply page = client.follow(changed);
        assertThat(page.flash()).isEqualTo("Stuntman “Jane Doe” saved as inactive.");
        assertThat(page.text("#stuntman-current")).isEqualTo("Jane Doe inactive · Remove stuntman");
        Stuntman stored = actors.getProfile(id).getStuntman().orElseThrow();
        assertThat(stored.isActive()).isFalse();

        Reply confirm = client.get(href(page, "a:contains(Remove stuntman)"));
        assertThat(confirm.text("h1")).contains("Jane Doe");
        Reply removed = client.submit(confirm, "form.actions", f -> {});
        Reply without = client.follow(removed);
        assertThat(without.flash()).isEqualTo("Stuntman removed.");
        assertThat(without.text("#stuntman-form-title")).isEqualTo("Set a stuntman");
        assertThat(actors.getProfile(id).getStuntman()).isEmpty();
        assertThat(client.get("actors/" + id + "/stuntman/delete").status()).isEqualTo(404);

        Reply set = client.submit(without, "#stuntman-form", f -> f.set("stuntmanName", "John Doe II"));
        assertThat(client.follow(set).flash()).isEqualTo("Stuntman “John Doe II” saved.");
        assertThat(actors.getProfile(id).getStuntman().orElseThrow().isActive())
                .as("a new stuntman is active by default")
                .isTrue();
    }

    @Test
    void aStaleStuntmanEditShowsAConflictWithTheCurrentStuntmanAndOverwritesNothing() {
        long id = actorId("Matt Damon");
        Reply mine = client.get("actors/" + id);
        actors.saveStuntman(
                id, actors.getProfile(id).getStuntman().orElseThrow().getVersion(), "Jonathan Doe", false);

        Reply conflict = client.submit(mine, "#stuntman-form", f -> f.set("stuntmanName", "Jim Double"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("#stuntman-conflict"))
                .as(conflict.text("#stuntman-conflict"))
                .contains("Someone else changed this actor's stuntman");
        assertThat(conflict.text("#stuntman-conflict .submitted")).contains("Jim Double");
        assertThat(conflict.text("#stuntman-current")).isEqualTo("Jonathan Doe inactive · Remove stuntman");
        assertThat(conflict.value("#stuntmanName")).isEqualTo("Jonathan Doe");
        Stuntman stored = actors.getProfile(id).getStuntman().orElseThrow();
        assertThat(stored.getName()).isEqualTo("Jonathan Doe");
        assertThat(stored.isActive()).isFalse();
    }

    @Test
    void settingAStuntmanWhenSomeoneElseJustSetOneIsAConflict() {
        long id = actorId("Matt Damon");
        actors.removeStuntman(id);
        Reply mine = client.get("actors/" + id);
        actors.saveStuntman(id, null, "Jonathan Doe", true);

        Reply conflict = client.submit(mine, "#stuntman-form", f -> f.set("stuntmanName", "Jim Double"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.value("#stuntmanName")).isEqualTo("Jonathan Doe");
        assertThat(actors.getProfile(id).getStuntman().orElseThrow().getName()).isEqualTo("Jonathan Doe");
    }

    @Test
    void aStuntmanWithoutANameIsRefusedBesideTheField() {
        long id = actorId("Matt Damon");
        Reply bad = client.submit(client.get("actors/" + id), "#stuntman-form", f -> f.set("stuntmanName", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fieldError("stuntmanName")).isEqualTo("Name is required.");
        assertThat(bad.fieldError("phoneNumber")).isNull();
        assertThat(actors.getProfile(id).getStuntman().orElseThrow().getName()).isEqualTo("John Doe");
    }
}
