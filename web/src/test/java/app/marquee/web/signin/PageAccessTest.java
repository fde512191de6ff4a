package app.marquee.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.account.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageAccessTest {

    @ParameterizedTest
    @CsvSource({
        "GET, /",
        "GET, /movies",
        "GET, /movies/7",
        "GET, /actors/3",
        "HEAD, /movies",
        "GET, /signin",
        "POST, /signin",
        "GET, /css/marquee.css",
        "GET, /movies/newest",
        "GET, /actors/3/contacts"
    })
    void readingAndSigningInNeedNoAccount(String method, String path) {
        assertThat(PageAccess.needed(method, path)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /movies/new", "GET, /movies/7/edit", "GET, /movies/7/delete", "GET, /actors/new",
        "GET, /actors/3/contacts/4/edit", "GET, /actors/3/stuntman/delete", "POST, /movies", "POST, /movies/7",
        "POST, /actors/3/contacts", "PUT, /movies/7", "DELETE, /movies/7", "GET, /account",
        "GET, /account/tokens", "POST, /account/tokens/1/revoke", "POST, /signout", "POST, /anything"
    })
    void formsAndWritesNeedAnEditor(String method, String path) {
        assertThat(PageAccess.needed(method, path)).contains(Role.EDITOR);
    }

    @ParameterizedTest
    @CsvSource({"GET, /admin/accounts", "POST, /admin/accounts", "GET, /admin/accounts/1", "GET, /admin"})
    void accountManagementNeedsAnAdmin(String method, String path) {
        assertThat(PageAccess.needed(method, path)).contains(Role.ADMIN);
    }
}
