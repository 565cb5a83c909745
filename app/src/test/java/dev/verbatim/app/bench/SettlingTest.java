package dev.verbatim.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettlingTest {

    @Test
    void settlesAfterTwoPassesWithinFivePercentOfTheOneBefore() {
        Settling s = new Settling();
        s.pass(50);
        s.pass(80);
        s.pass(100);
        assertThat(s.settled()).isFalse();
        s.pass(103);
        assertThat(s.settled()).isFalse();
        s.pass(101);
        assertThat(s.settled()).isTrue();
    }

    @Test
    void aJumpStartsTheCountAgain() {
        Settling s = new Settling();
        s.pass(100);
        s.pass(101);
        s.pass(130);
        s.pass(131);
        assertThat(s.settled()).isFalse();
        s.pass(130);
        assertThat(s.settled()).isTrue();
    }
}
