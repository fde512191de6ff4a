package app.marquee.web.pages;

import app.marquee.account.Account;
import app.marquee.account.ApiToken;
import app.marquee.catalog.Actor;
import app.marquee.catalog.ContactDetails;
import app.marquee.catalog.Movie;
import app.marquee.catalog.Stuntman;
import app.marquee.history.Revision;
import app.marquee.web.signin.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The longest values the entities and policies accept, for the inputs' {@code maxlength}
 * ({@code ${limits.movieTitle}}), so that a page's limit cannot drift from the rule behind it.
 */
@Named("limits")
@ApplicationScoped
public class Limits {

    /** Also the movie search's, which matches titles. */
    public int getMovieTitle() {
        return Movie.TITLE_MAX;
    }

    /** Also the actor search's and the cast picker's, which match names. */
    public int getActorName() {
        return Actor.NAME_MAX;
    }

    public int getPhoneNumber() {
        return ContactDetails.PHONE_MAX;
    }

    /** Also the actor listing's city filter's, which matches addresses. */
    public int getAddress() {
        return ContactDetails.ADDRESS_MAX;
    }

    public int getStuntmanName() {
        return Stuntman.NAME_MAX;
    }

    public int getUsername() {
        return Account.USERNAME_MAX;
    }

    public int getPassword() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public int getTokenName() {
        return ApiToken.NAME_MAX;
    }

    /** The history's account filter, which matches the account a revision recorded. */
    public int getRevisionAccount() {
        return Revision.ACCOUNT_MAX;
    }
}
