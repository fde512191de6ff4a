package app.marquee.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void theFifthFailureWithinFifteenMinutesLocksTheNameForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("alice")).isFalse();
            now = now.plus(Duration.ofMinutes(3));
        }
        assertThat(throttle.lockedFor("alice")).isEmpty();
        assertThat(throttle.failed("alice")).isTrue();
        assertThat(throttle.lockedFor("alice")).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("bob")).isEmpty();
        now = now.plus(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("alice")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("alice");
        }
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.failed("alice")).isFalse();
        assertThat(throttle.lockedFor("alice")).isEmpty();
    }

    @Test
    void aSuccessfulSignInForgetsTheFailures() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("alice");
        }
        throttle.succeeded("alice");
        assertThat(throttle.failed("alice")).isFalse();
    }
}
