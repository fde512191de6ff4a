package app.marquee.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedirectCookiePathTest {

    private final List<Cookie> sent = new ArrayList<>();

    private List<Cookie> sendThrough(Cookie... cookies) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addCookie")) {
                        sent.add((Cookie) args[0]);
                    }
                    return null;
                });
        new RedirectCookiePath().doFilter(request, response, (req, res) -> {
            for (Cookie cookie : cookies) {
                ((HttpServletResponse) res).addCookie(cookie);
            }
        });
        return sent;
    }

    @Test
    void givesTheFlashCookieTheRootPathAtTheRootContext() throws Exception {
        Cookie flash = new Cookie(RedirectCookiePath.COOKIE_NAME, "scope");
        flash.setPath("");
        assertEquals("/", sendThrough(flash).get(0).getPath());
    }

    @Test
    void leavesAContextPathAndOtherCookiesAlone() throws Exception {
        Cookie flash = new Cookie(RedirectCookiePath.COOKIE_NAME, "scope");
        flash.setPath("/marquee");
        Cookie other = new Cookie("other", "value");
        List<Cookie> cookies = sendThrough(flash, other);
        assertEquals("/marquee", cookies.get(0).getPath());
        assertEquals(null, cookies.get(1).getPath());
    }
}
