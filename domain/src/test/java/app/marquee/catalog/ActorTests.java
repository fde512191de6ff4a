package app.marquee.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorTests {

    private final Actor dwayneJohnson = new Actor("Dwayne Johnson", LocalDate.of(1972, 5, 2));
    private final Actor markWahlberg = new Actor("Mark Wahlberg", LocalDate.of(1971, 6, 5));
    private final ContactDetails glendale = new ContactDetails("423 555 5623", "Glendale, CA");
    private final ContactDetails westHollywood = new ContactDetails("421 444 2323", "West Hollywood, CA");

    @Test
    void addingAContactMakesTheActorItsOwner() {
        ContactDetails added = dwayneJohnson.addContact(glendale);
        dwayneJohnson.addContact(westHollywood);

        assertThat(added).isSameAs(glendale);
        assertThat(dwayneJohnson.getContactDetails()).containsExactly(glendale, westHollywood);
        assertThat(glendale.getActor()).isSameAs(dwayneJohnson);
        assertThat(westHollywood.getActor()).isSameAs(dwayneJohnson);
    }

    @Test
    void addingTheSameContactTwiceKeepsOneCopy() {
        dwayneJohnson.addContact(glendale);
        dwayneJohnson.addContact(glendale);

        assertThat(dwayneJohnson.getContactDetails()).containsExactly(glendale);
    }

    @Test
    void aContactOfAnotherActorIsRejected() {
        markWahlberg.addContact(glendale);

        assertThatIllegalArgumentException().isThrownBy(() -> dwayneJohnson.addContact(glendale));
        assertThat(dwayneJohnson.getContactDetails()).isEmpty();
        assertThat(markWahlberg.getContactDetails()).containsExactly(glendale);
        assertThat(glendale.getActor()).isSameAs(markWahlberg);
    }

    @Test
    void removingAContactClearsItsOwner() {
        dwayneJohnson.addContact(glendale);
        dwayneJohnson.addContact(westHollywood);

        dwayneJohnson.removeContact(glendale);

        assertThat(dwayneJohnson.getContactDetails()).containsExactly(westHollywood);
        assertThat(glendale.getActor()).isNull();
        assertThat(westHollywood.getActor()).isSameAs(dwayneJohnson);
    }

    @Test
    void aRemovedContactCanBeGivenToAnotherActor() {
        dwayneJohnson.addContact(glendale);
        dwayneJohnson.removeContact(glendale);

        markWahlberg.addContact(glendale);

        assertThat(markWahlberg.getContactDetails()).containsExactly(glendale);
        assertThat(glendale.getActor()).isSameAs(markWahlberg);
    }

    @Test
    void removingAContactOfAnotherActorChangesNothing() {
        markWahlberg.addContact(glendale);

        dwayneJohnson.removeContact(glendale);

        assertThat(markWahlberg.getContactDetails()).containsExactly(glendale);
        assertThat(glendale.getActor()).isSameAs(markWahlberg);
    }

    @Test
    void theContactDetailsAreAnUnmodifiableView() {
        List<ContactDetails> contacts = dwayneJohnson.getContactDetails();

        assertThatThrownBy(() -> contacts.add(glendale)).isInstanceOf(UnsupportedOperationException.class);
        dwayneJohnson.addContact(glendale);
        assertThat(contacts).containsExactly(glendale);
        assertThatThrownBy(() -> contacts.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(glendale.getActor()).isSameAs(dwayneJohnson);
    }

    @Test
    void anUnsavedContactIsNotFoundById() {
        dwayneJohnson.addContact(glendale);

        assertThat(dwayneJohnson.findContact(1L)).isEmpty();
    }

    @Test
    void assigningAStuntmanSetsBothSides() {
        Stuntman johnRoe = new Stuntman("John Roe", true);

        dwayneJohnson.assignStuntman(johnRoe);

        assertThat(dwayneJohnson.getStuntman()).containsSame(johnRoe);
        assertThat(johnRoe.getActor()).isSameAs(dwayneJohnson);
    }

    @Test
    void assigningANewStuntmanLetsTheOldOneGo() {
        Stuntman johnRoe = new Stuntman("John Roe", true);
        Stuntman richardRoe = new Stuntman("Richard Roe", false);
        dwayneJohnson.assignStuntman(johnRoe);

        dwayneJohnson.assignStuntman(richardRoe);

        assertThat(dwayneJohnson.getStuntman()).containsSame(richardRoe);
        assertThat(richardRoe.getActor()).isSameAs(dwayneJohnson);
        assertThat(johnRoe.getActor()).isNull();
    }

    @Test
    void assigningTheCurrentStuntmanAgainKeepsIt() {
        Stuntman johnRoe = new Stuntman("John Roe", true);
        dwayneJohnson.assignStuntman(johnRoe);

        dwayneJohnson.assignStuntman(johnRoe);

        assertThat(dwayneJohnson.getStuntman()).containsSame(johnRoe);
        assertThat(johnRoe.getActor()).isSameAs(dwayneJohnson);
    }

    @Test
    void aStuntmanOfAnotherActorIsRejected() {
        Stuntman johnRoe = new Stuntman("John Roe", true);
        Stuntman richardRoe = new Stuntman("Richard Roe", true);
        dwayneJohnson.assignStuntman(johnRoe);
        markWahlberg.assignStuntman(richardRoe);

        assertThatIllegalArgumentException().isThrownBy(() -> dwayneJohnson.assignStuntman(richardRoe));
        assertThat(dwayneJohnson.getStuntman()).containsSame(johnRoe);
        assertThat(johnRoe.getActor()).isSameAs(dwayneJohnson);
        assertThat(markWahlberg.getStuntman()).containsSame(richardRoe);
        assertThat(richardRoe.getActor()).isSameAs(markWahlberg);
    }

    @Test
    void removingTheStuntmanClearsBothSides() {
        Stuntman johnRoe = new Stuntman("John Roe", true);
        dwayneJohnson.assignStuntman(johnRoe);

        dwayneJohnson.removeStuntman();

        assertThat(dwayneJohnson.getStuntman()).isEmpty();
        assertThat(johnRoe.getActor()).isNull();
    }

    @Test
    void removingTheStuntmanOfAnActorWithoutOneChangesNothing() {
        dwayneJohnson.removeStuntman();

        assertThat(dwayneJohnson.getStuntman()).isEmpty();
    }

    @Test
    void aLetGoStuntmanCanDoubleForAnotherActor() {
        Stuntman johnRoe = new Stuntman("John Roe", true);
        dwayneJohnson.assignStuntman(johnRoe);
        dwayneJohnson.removeStuntman();

        markWahlberg.assignStuntman(johnRoe);

        assertThat(markWahlberg.getStuntman()).containsSame(johnRoe);
        assertThat(johnRoe.getActor()).isSameAs(markWahlberg);
    }

    @Test
    void leavingAllCastsTakesTheActorOutOfEveryMovieOnBothSides() {
        Movie painAndGain = new Movie("Pain & Gain", LocalDate.of(2013, 8, 23));
        Movie furious7 = new Movie("Furious 7", LocalDate.of(2015, 4, 2));
        painAndGain.addActor(dwayneJohnson);
        painAndGain.addActor(markWahlberg);
        furious7.addActor(dwayneJohnson);

        dwayneJohnson.leaveAllCasts();

        assertThat(dwayneJohnson.getMovies()).isEmpty();
        assertThat(painAndGain.getActors()).containsExactly(markWahlberg);
        assertThat(furious7.getActors()).isEmpty();
    }

    @Test
    void anActorNeedsANameAndRejectsNullContactsAndStuntmen() {
        assertThatNullPointerException().isThrownBy(() -> new Actor(null, LocalDate.of(1972, 5, 2)));
        assertThatNullPointerException().isThrownBy(() -> dwayneJohnson.setName(null));
        assertThatNullPointerException().isThrownBy(() -> dwayneJohnson.addContact(null));
        assertThatNullPointerException().isThrownBy(() -> dwayneJohnson.assignStuntman(null));
        assertThatNullPointerException().isThrownBy(() -> new ContactDetails(null, "Glendale, CA"));
        assertThatNullPointerException().isThrownBy(() -> new ContactDetails("423 555 5623", null));
        assertThatNullPointerException().isThrownBy(() -> new Stuntman(null, true));
        assertThat(dwayneJohnson.getName()).isEqualTo("Dwayne Johnson");
    }
}
