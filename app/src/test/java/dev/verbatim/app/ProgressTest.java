package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Progress without a terminal: plain lines every few seconds of an injected clock, never a {@code \r} frame. */
class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final HandClock clock = new HandClock();

    @Test
    void writesOnePlainLineEveryFiveSecondsAndOneAtTheEnd() {
        try (Progress p = Progress.of("pushing", 100, out, false, clock)) {
            for (int i = 0; i < 30; i++) {
                clock.advance(Duration.ofMillis(100));
                p.step(); // 3 s: no line yet
            }
            clock.advance(Duration.ofSeconds(2));
            p.step(); // 5 s
            clock.advance(Duration.ofSeconds(1));
            p.stepTo(60); // 6 s: within 5 s of the last line
            clock.advance(Duration.ofSeconds(4));
            p.stepTo(80); // 10 s
            clock.advance(Duration.ofMillis(500));
            p.stepTo(100);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r");
        assertThat(text.lines()).containsExactly(
                "pushing: 31/100 pages (31%), 5.0 s",
                "pushing: 80/100 pages (80%), 10.0 s",
                "pushing: 100/100 pages (100%), 10.5 s");
    }

    @Test
    void writesNoSecondFinalLineWhenTheLastOneShowedTheEnd() {
        try (Progress p = Progress.of("replaying", 32, out, false, clock)) {
            clock.advance(Duration.ofSeconds(6));
            p.stepTo(32);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly("replaying: 32/32 pages (100%), 6.0 s");
    }

    @Test
    void staysSilentForAFewPages() {
        try (Progress p = Progress.of("pushing", 5, out, false, clock)) {
            clock.advance(Duration.ofSeconds(30));
            p.stepTo(5);
        }
        assertThat(bytes.size()).isZero();
    }
}
