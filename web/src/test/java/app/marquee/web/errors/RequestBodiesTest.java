package app.marquee.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBodiesTest {

    private static Map<String, List<String>> form(String body) {
        return RequestBodies.formParameters(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aFormIsDecodedAsUtf8WithRepeatedNamesKeptInOrder() {
        assertThat(form("title=Caf%C3%A9+Society&cast=3&cast=1&empty=&flag"))
                .containsExactly(
                        Map.entry("title", List.of("Café Society")),
                        Map.entry("cast", List.of("3", "1")),
                        Map.entry("empty", List.of("")),
                        Map.entry("flag", List.of("")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title=probe%zz",
                "title=%",
                "title=ab%4",
                "title=%C3%28",
                "title=a%00b",
                "title=a%1Fb",
                "title=a%7Fb",
                "title=caf\u00e9"
            })
    void aBrokenEncodingANonUtf8ValueOrAControlCharacterIsRefusedWithAMessage(String body) {
        assertThatThrownBy(() -> form(body))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The form");
    }

    @Test
    void aBodyUpToTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
        assertThat(RequestBodies.read(new ByteArrayInputStream(new byte[RequestBodies.MAX_BYTES])))
                .hasValueSatisfying(body -> assertThat(body).hasSize(RequestBodies.MAX_BYTES));
        assertThat(RequestBodies.read(new ByteArrayInputStream(new byte[RequestBodies.MAX_BYTES + 1])))
                .isEmpty();
    }

    @Test
    void onlyUrlEncodedBodiesAreForms() {
        assertThat(RequestBodies.isForm("application/x-www-form-urlencoded; charset=UTF-8"))
                .isTrue();
        assertThat(RequestBodies.isForm("application/json")).isFalse();
        assertThat(RequestBodies.isForm(null)).isFalse();
    }

    @Test
    void aSingleValueFieldSentTwiceIsRefusedButTheCastMayRepeat() {
        RequestBodies.refuseRepeatedFields(form("title=A&cast=1&cast=2"));
        assertThatThrownBy(() -> RequestBodies.refuseRepeatedFields(form("title=A&releaseDate=2001-01-01&title=")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("“title” more than once");
    }

    @Test
    void onlyWellFormedUtf8IsUtf8() {
        assertThat(RequestBodies.isUtf8("{\"title\":\"Café\"}".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(RequestBodies.isUtf8(new byte[] {'"', (byte) 0xC3, 0x28, '"'}))
                .isFalse();
        assertThat(RequestBodies.isUtf8("\"Café\"".getBytes(StandardCharsets.ISO_8859_1)))
                .isFalse();
    }
}
