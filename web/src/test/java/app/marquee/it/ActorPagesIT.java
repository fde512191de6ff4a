package app.marquee.it;

import static app.marquee.it.UiTests.href;
import static app.marquee.it.UiTests.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return actors.getProfile(actorId).getContactDetails().stream().map(ContactDetails::getAddress).toList();
    }

    // --- listing ------------------------------------------------------------------------------

    @Test
    void actorListShowsBirthdaysMovieCountsAndAddresses() {
        Reply list = client.get("actors");
        assertEquals(200, list.status());
        assertEquals(List.of("Dwayne Johnson", "Mark Wahlberg", "Matt Damon"), names(list));
        var dwayne = list.doc().selectFirst("tr:has(td[data-label=Name]:contains(Dwayne Johnson))");
        assertEquals("1972-05-02", dwayne.selectFirst("td[data-label=Born]").text());
        assertEquals("2", dwayne.selectFirst("td[data-label=Movies]").text());
        assertEquals("Glendale, CA; West Hollywood, CA", dwayne.selectFirst("td[data-label=Addresses]").text());
        Reply filmography = client.get(dwayne.selectFirst("td[data-label=Movies] a").absUrl("href"));
        assertEquals(List.of("Pain & Gain", "Furious 7"), UiTests.titles(filmography));
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
        assertEquals(List.of("Mark Wahlberg", "Matt Damon"), names(list));
        assertEquals(List.of("Glendale, CA; Dorchester, MA", "Burbank, CA; Boston, MA; Cambridge, MA"),
                list.texts("td[data-label=Addresses]"));
    }

    @Test
    void cityFilterIgnoresCaseAndListsAnActorWithTwoMatchingAddressesOnce() {
        actors.addContact(actorId("Dwayne Johnson"), "421 000 0000", "North Glendale, CA");
        Reply list = client.get("actors?city=GLENDALE");
        assertEquals(List.of("Dwayne Johnson", "Mark Wahlberg"), names(list));
        assertEquals("Showing 1–2 of 2", list.text(".summary"));
        assertEquals(List.of("GLENDALE"), list.texts(".chip strong"));
        assertEquals("GLENDALE", list.value("#city"));

        Reply all = client.get(href(list, "a.chip-remove"));
        assertEquals(3, names(all).size());
    }

    @Test
    void actorListSortsByBirthdayPagesAndCombinesFilters() {
        Reply youngestFirst = client.get("actors?sort=-birthday&size=2");
        assertEquals(List.of("Dwayne Johnson", "Mark Wahlberg"), names(youngestFirst));
        assertEquals("descending", youngestFirst.doc().selectFirst("th:contains(Born)").attr("aria-sort"));
        Reply next = client.get(href(youngestFirst, "a[rel=next]"));
        assertEquals(List.of("Matt Damon"), names(next));
        assertTrue(next.uri().getQuery().contains("sort=-birthday"));

        assertEquals(List.of("Mark Wahlberg"), names(client.get("actors?q=MARK&city=glendale")));
        assertEquals(List.of("Matt Damon", "Mark Wahlberg", "Dwayne Johnson"), names(client.get("actors?sort=-name")));
        assertEquals(List.of("Dwayne Johnson", "Mark Wahlberg", "Matt Damon"),
                names(client.get("actors?sort=nonsense&page=x&size=y")));
    }

    // --- actor page ---------------------------------------------------------------------------

    @Test
    void actorPageShowsFilmographyContactsAndStuntman() {
        long id = actorId("Dwayne Johnson");
        Reply page = client.get("actors/" + id);
        assertEquals(200, page.status());
        assertEquals("Dwayne Johnson", page.text("h1"));
        assertEquals(List.of("Pain & Gain (2013-08-23)", "Furious 7 (2015-04-02)"), page.texts(".filmography li"));
        assertEquals(List.of("Glendale, CA", "West Hollywood, CA"), page.texts("td[data-label=Address]"));
        assertEquals("John Roe active · Remove stuntman", page.text("#stuntman-current"));
        assertEquals("John Roe", page.value("#stuntmanName"));
        assertTrue(page.doc().selectFirst("#stuntmanActive").hasAttr("checked"));
        assertEquals(2, page.doc().select("main form input[name=_csrf]").size(), "both forms carry the CSRF token");
    }

    // --- actor form ---------------------------------------------------------------------------

    @Test
    void creatingAnActorRedirectsToItsPageWithAFlashMessage() {
        Reply posted = client.submit(client.get("actors/new"), "form.record-form",
                f -> f.set("name", "Keanu Reeves").set("birthday", "1964-09-02"));
        assertEquals(303, posted.status());
        Reply page = client.follow(posted);
        assertEquals("Actor “Keanu Reeves” saved.", page.flash());
        assertEquals("Keanu Reeves", page.text("h1"));
        assertEquals(LocalDate.of(1964, 9, 2), actors.findByName("Keanu Reeves").orElseThrow().getBirthday());
    }

    @Test
    void anInvalidActorFormIsShownAgainWithMessagesAndTheInputKept() {
        Reply form = client.get("actors/new");
        String tomorrow = LocalDate.now().plusDays(1).toString();

        Reply future = client.submit(form, "form.record-form", f -> f.set("name", "").set("birthday", tomorrow));
        assertEquals(400, future.status());
        assertEquals("Name is required.", future.fieldError("name"));
        assertEquals("Birthday cannot be in the future.", future.fieldError("birthday"));
        assertEquals(tomorrow, future.value("#birthday"));

        Reply impossible = client.submit(future, "form.record-form",
                f -> f.set("name", "N".repeat(101)).set("birthday", "1970-02-30"));
        assertEquals(400, impossible.status());
        assertEquals("Name must be at most 100 characters.", impossible.fieldError("name"));
        assertEquals("N".repeat(101), impossible.value("#name"));
        assertEquals("There is no such date as 1970-02-30.", impossible.fieldError("birthday"));
        assertEquals("1970-02-30", impossible.value("#birthday"));
        assertEquals(3, actors.count());
    }

    @Test
    void editingAnActorSavesNameAndBirthday() {
        long id = actorId("Matt Damon");
        Reply form = client.get("actors/" + id + "/edit");
        assertEquals("Matt Damon", form.value("#name"));
        assertEquals("1970-10-08", form.value("#birthday"));
        Reply saved = client.submit(form, "form.record-form", f -> f.set("name", "Matthew Damon").set("birthday", ""));
        assertEquals(303, saved.status());
        assertEquals("Actor “Matthew Damon” saved.", client.follow(saved).flash());
        Actor stored = actors.getProfile(id);
        assertEquals("Matthew Damon", stored.getName());
        assertNull(stored.getBirthday());
    }

    @Test
    void aStaleActorEditShowsAConflictWithTheCurrentValuesAndOverwritesNothing() {
        long id = actorId("Mark Wahlberg");
        Reply mine = client.get("actors/" + id + "/edit");
        actors.update(id, actors.getProfile(id).getVersion(), new ActorDraft("Marky Mark", LocalDate.of(1971, 6, 5)));

        Reply conflict = client.submit(mine, "form.record-form", f -> f.set("name", "Mark R. Wahlberg"));
        assertEquals(409, conflict.status());
        assertTrue(conflict.text("#conflict").contains("Someone else saved this actor"));
        assertTrue(conflict.text("#conflict .submitted").contains("Mark R. Wahlberg"));
        assertEquals("Marky Mark", conflict.value("#name"));
        assertEquals("Marky Mark", actors.getProfile(id).getName());
    }

    @Test
    void anEditWithoutItsVersionIsABadRequest() {
        long id = actorId("Mark Wahlberg");
        Reply noVersion = client.submit(client.get("actors/" + id + "/edit"), "form.record-form",
                f -> f.remove("version").set("name", "Someone"));
        assertEquals(400, noVersion.status());
        assertEquals("Mark Wahlberg", actors.getProfile(id).getName());
    }

    @Test
    void deletingAnActorTakesAConfirmationStepAndKeepsTheirMovies() {
        long id = actorId("Dwayne Johnson");
        Reply confirm = client.get(href(client.get("actors/" + id), "a:contains(Delete actor)"));
        assertEquals(200, confirm.status());
        assertTrue(confirm.text(".confirm").contains("2 contact details and their stuntman"), confirm.text(".confirm"));
        assertTrue(actors.exists(id));

        Reply deleted = client.submit(confirm, "form.actions", f -> { });
        assertEquals(303, deleted.status());
        Reply list = client.follow(deleted);
        assertEquals("Actor “Dwayne Johnson” deleted.", list.flash());
        assertEquals(List.of("Mark Wahlberg", "Matt Damon"), names(list));
        assertEquals(3, movies.count());
    }

    // --- contacts -----------------------------------------------------------------------------

    @Test
    void contactsAreAddedEditedAndRemovedOnTheActorsPage() {
        long id = actorId("Matt Damon");
        Reply added = client.submit(client.get("actors/" + id), "#contact-form",
                f -> f.set("phoneNumber", "310 555 0100").set("address", "Santa Monica, CA"));
        assertEquals(303, added.status());
        Reply page = client.follow(added);
        assertEquals("Contact “310 555 0100, Santa Monica, CA” added.", page.flash());
        assertEquals(List.of("Burbank, CA", "Santa Monica, CA"), page.texts("td[data-label=Address]"));

        Reply edit = client.get(href(page, "a[aria-label^=Edit contact 310]"));
        assertEquals("310 555 0100", edit.value("#phoneNumber"));
        Reply saved = client.submit(edit, "form.record-form", f -> f.set("address", "Malibu, CA"));
        assertEquals(303, saved.status());
        assertEquals(List.of("Burbank, CA", "Malibu, CA"), client.follow(saved).texts("td[data-label=Address]"));

        Reply confirm = client.get(href(client.get("actors/" + id), "a[aria-label^=Remove contact 415]"));
        assertTrue(confirm.text(".confirm").contains("Burbank, CA"));
        assertEquals(List.of("Burbank, CA", "Malibu, CA"), addresses(id), "asking for confirmation removes nothing");
        Reply removed = client.submit(confirm, "form.actions", f -> { });
        assertEquals("Contact “415 555 2671, Burbank, CA” removed.", client.follow(removed).flash());
        assertEquals(List.of("Malibu, CA"), addresses(id));
    }

    @Test
    void anInvalidContactIsShownAgainOnTheActorsPageWithNothingSaved() {
        long id = actorId("Matt Damon");
        Reply bad = client.submit(client.get("actors/" + id), "#contact-form",
                f -> f.set("phoneNumber", " ").set("address", "A".repeat(201)));
        assertEquals(400, bad.status());
        assertEquals("Matt Damon", bad.text("h1"));
        assertEquals("Phone number is required.", bad.fieldError("phoneNumber"));
        assertEquals("Address must be at most 200 characters.", bad.fieldError("address"));
        assertEquals("A".repeat(201), bad.value("#address"));
        assertNull(bad.fieldError("stuntmanName"), "the other form on the page shows no error");

        long contact = actors.getProfile(id).getContactDetails().get(0).getId();
        Reply badEdit = client.submit(client.get("actors/" + id + "/contacts/" + contact + "/edit"), "form.record-form",
                f -> f.set("phoneNumber", "9".repeat(33)));
        assertEquals(400, badEdit.status());
        assertEquals("Phone number must be at most 32 characters.", badEdit.fieldError("phoneNumber"));
        assertEquals(List.of("Burbank, CA"), addresses(id));
    }

    @Test
    void aStaleContactEditShowsAConflictWithTheCurrentValuesAndOverwritesNothing() {
        long id = actorId("Mark Wahlberg");
        ContactDetails contact = actors.getProfile(id).getContactDetails().get(0);
        Reply mine = client.get("actors/" + id + "/contacts/" + contact.getId() + "/edit");
        actors.updateContact(id, contact.getId(), contact.getVersion(), "421 333 0001", "Pasadena, CA");

        Reply conflict = client.submit(mine, "form.record-form", f -> f.set("address", "Malibu, CA"));
        assertEquals(409, conflict.status());
        assertTrue(conflict.text("#conflict").contains("Someone else saved this contact"), conflict.text("#conflict"));
        assertTrue(conflict.text("#conflict .submitted").contains("Malibu, CA"));
        assertEquals("Pasadena, CA", conflict.value("#address"));
        assertEquals("421 333 0001", conflict.value("#phoneNumber"));
        assertEquals(List.of("Pasadena, CA"), addresses(id));

        Reply again = client.submit(conflict, "form.record-form", f -> f.set("address", "Malibu, CA"));
        assertEquals(303, again.status(), "the conflict page carries the current version");
        assertEquals(List.of("Malibu, CA"), addresses(id));
    }

    @Test
    void aContactOfAnotherActorOrAnUnknownOneIsNotFound() {
        long matt = actorId("Matt Damon");
        long dwaynesContact = actors.getProfile(actorId("Dwayne Johnson")).getContactDetails().get(0).getId();
        assertEquals(404, client.get("actors/" + matt + "/contacts/" + dwaynesContact + "/edit").status());
        assertEquals(404, client.get("actors/" + matt + "/contacts/987654321/delete").status());
        assertEquals("Contact not found", client.get("actors/" + matt + "/contacts/987654321/edit").text("h1"));
    }

    // --- stuntman -----------------------------------------------------------------------------

    @Test
    void aStuntmanFieldSayingFalseOrOffStoresAnInactiveStuntmanAndNonsenseIsRefused() {
        long id = actorId("Matt Damon");
        for (String unticked : List.of("false", "off", "0")) {
            Reply saved = client.submit(client.get("actors/" + id), "#stuntman-form",
                    f -> f.set("stuntmanName", "Jane Doe").set("stuntmanActive", unticked));
            assertEquals(303, saved.status(), unticked);
            assertFalse(actors.getProfile(id).getStuntman().orElseThrow().isActive(), unticked);
        }
        Reply ticked = client.submit(client.get("actors/" + id), "#stuntman-form", f -> f.set("stuntmanActive", "on"));
        assertEquals(303, ticked.status());
        assertTrue(actors.getProfile(id).getStuntman().orElseThrow().isActive());

        Reply nonsense = client.submit(client.get("actors/" + id), "#stuntman-form",
                f -> f.set("stuntmanActive", "maybe"));
        assertEquals(400, nonsense.status());
        assertTrue(nonsense.body().contains("Tick the box"), nonsense.body());
        assertTrue(actors.getProfile(id).getStuntman().orElseThrow().isActive());
    }

    @Test
    void theStuntmanIsRenamedDeactivatedRemovedAndSetAgain() {
        long id = actorId("Matt Damon");
        Reply changed = client.submit(client.get("actors/" + id), "#stuntman-form",
                f -> f.set("stuntmanName", "Jane Doe").remove("stuntmanActive"));
        assertEquals(303, changed.status());
        Reply page = client.follow(changed);
        assertEquals("Stuntman “Jane Doe” saved as inactive.", page.flash());
        assertEquals("Jane Doe inactive · Remove stuntman", page.text("#stuntman-current"));
        Stuntman stored = actors.getProfile(id).getStuntman().orElseThrow();
        assertFalse(stored.isActive());

        Reply confirm = client.get(href(page, "a:contains(Remove stuntman)"));
        assertTrue(confirm.text("h1").contains("Jane Doe"));
        Reply removed = client.submit(confirm, "form.actions", f -> { });
        Reply without = client.follow(removed);
        assertEquals("Stuntman removed.", without.flash());
        assertEquals("Set a stuntman", without.text("#stuntman-form-title"));
        assertTrue(actors.getProfile(id).getStuntman().isEmpty());
        assertEquals(404, client.get("actors/" + id + "/stuntman/delete").status());

        Reply set = client.submit(without, "#stuntman-form", f -> f.set("stuntmanName", "John Doe II"));
        assertEquals("Stuntman “John Doe II” saved.", client.follow(set).flash());
        assertTrue(actors.getProfile(id).getStuntman().orElseThrow().isActive(), "a new stuntman is active by default");
    }

    @Test
    void aStaleStuntmanEditShowsAConflictWithTheCurrentStuntmanAndOverwritesNothing() {
        long id = actorId("Matt Damon");
        Reply mine = client.get("actors/" + id);
        actors.saveStuntman(id, actors.getProfile(id).getStuntman().orElseThrow().getVersion(), "Jonathan Doe", false);

        Reply conflict = client.submit(mine, "#stuntman-form", f -> f.set("stuntmanName", "Jim Double"));
        assertEquals(409, conflict.status());
        assertTrue(conflict.text("#stuntman-conflict").contains("Someone else changed this actor's stuntman"),
                conflict.text("#stuntman-conflict"));
        assertTrue(conflict.text("#stuntman-conflict .submitted").contains("Jim Double"));
        assertEquals("Jonathan Doe inactive · Remove stuntman", conflict.text("#stuntman-current"));
        assertEquals("Jonathan Doe", conflict.value("#stuntmanName"));
        Stuntman stored = actors.getProfile(id).getStuntman().orElseThrow();
        assertEquals("Jonathan Doe", stored.getName());
        assertFalse(stored.isActive());
    }

    @Test
    void settingAStuntmanWhenSomeoneElseJustSetOneIsAConflict() {
        long id = actorId("Matt Damon");
        actors.removeStuntman(id);
        Reply mine = client.get("actors/" + id);
        actors.saveStuntman(id, null, "Jonathan Doe", true);

        Reply conflict = client.submit(mine, "#stuntman-form", f -> f.set("stuntmanName", "Jim Double"));
        assertEquals(409, conflict.status());
        assertEquals("Jonathan Doe", conflict.value("#stuntmanName"));
        assertEquals("Jonathan Doe", actors.getProfile(id).getStuntman().orElseThrow().getName());
    }

    @Test
    void aStuntmanWithoutANameIsRefusedBesideTheField() {
        long id = actorId("Matt Damon");
        Reply bad = client.submit(client.get("actors/" + id), "#stuntman-form", f -> f.set("stuntmanName", ""));
        assertEquals(400, bad.status());
        assertEquals("Name is required.", bad.fieldError("stuntmanName"));
        assertNull(bad.fieldError("phoneNumber"));
        assertEquals("John Doe", actors.getProfile(id).getStuntman().orElseThrow().getName());
    }
}
