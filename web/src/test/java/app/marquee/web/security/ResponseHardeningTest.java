package app.marquee.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseHardeningTest {

    private final List<Cookie> cookies = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    private HttpServletResponse hardened(String contextPath, boolean https, String baseUrl) {
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "addCookie" -> cookies.add((Cookie) args[0]);
                        case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                        default -> {}
                    }
                    return null;
                });
        return new ResponseHardening.Hardened(response, contextPath, https, baseUrl);
    }

    @Test
    void anAbsoluteLocationLosesTheHostTheRequestNamed() {
        hardened("", false, null).setHeader("Location", "http://evil.example/movies/7?x=1");
        assertThat(headers).containsEntry("Location", "/movies/7?x=1");
    }

    @Test
    void aProtocolRelativeLocationCannotLeaveTheSite() {
        assertThat(ResponseHardening.location("http://evil.example//other.example/x", null))
                .isEqualTo("/other.example/x");
        assertThat(ResponseHardening.location("//other.example/x", null)).isEqualTo("/x");
    }

    @Test
    void aConfiguredBaseUrlIsUsedInsteadOfTheHostHeader() {
        String base = ResponseHardening.baseUrl(Optional.of("https://marquee.example.org/"));
        hardened("", true, base).addHeader("Location", "http://evil.example/api/movies/4");
        assertThat(headers).containsEntry("Location", "https://marquee.example.org/api/movies/4");
    }

    @Test
    void aRelativeLocationIsLeftAlone() {
        assertThat(ResponseHardening.location("movies/7", null)).isEqualTo("movies/7");
    }

    @Test
    void containerRedirectsAreSentAsPathsNotMadeAbsolute() throws Exception {
        hardened("/marquee", false, null).sendRedirect("css/");
        assertThat(headers).containsEntry("Location", "/marquee/css/");
    }

    @Test
    void theFlashCookieGetsTheRootPathAtTheRootContextAndSafeFlags() {
        Cookie flash = new Cookie(ResponseHardening.KRAZO_COOKIE, "scope");
        flash.setPath("");
        hardened("", true, null).addCookie(flash);
        Cookie sent = cookies.get(0);
        assertThat(sent.getPath()).isEqualTo("/");
        assertThat(sent.isHttpOnly()).isTrue();
        assertThat(sent.getSecure()).isTrue();
        assertThat(sent.getAttribute("SameSite")).isEqualTo("Lax");
    }

    @Test
    void cookiesAreNotMarkedSecureWithoutHttps() {
        Cookie flash = new Cookie(ResponseHardening.KRAZO_COOKIE, "scope");
        flash.setPath("/marquee");
        hardened("/marquee", false, null).addCookie(flash);
        assertThat(cookies.get(0).getPath()).isEqualTo("/marquee");
        assertThat(cookies.get(0).getSecure()).isFalse();
    }

    @Test
    void theSecurityHeadersAddHstsOnlyOverHttps() {
        assertThat(ResponseHardening.securityHeaders(false))
                .containsKeys("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options")
                .doesNotContainKey("Strict-Transport-Security");
        assertThat(ResponseHardening.securityHeaders(true)).containsKey("Strict-Transport-Security");
    }
}
