package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void pendingCountsPushedPagesWithoutOutcome() {
        Tally tally = new Tally();
        tally.pushed("https://a.example/1");
        tally.pushed("https://a.example/2");
        tally.pushed("https://a.example/3");
        tally.stored("https://a.example/1");
        tally.rejected("https://a.example/2", "decode/binary-content: x");

        assertThat(tally.pending()).isEqualTo(1);
        assertThat(tally.storedCount()).isEqualTo(1);
        assertThat(tally.rejectedPages()).containsOnlyKeys("https://a.example/2");
    }

    @Test
    void anOutcomeSeenBeforeItsPushStillCounts() {
        Tally tally = new Tally();
        tally.stored("https://a.example/early");
        assertThat(tally.pending()).isZero();

        tally.pushed("https://a.example/early");

        assertThat(tally.pending()).isZero();
    }

    @Test
    void outcomesOfOtherPagesAndRepeatsDoNotReducePending() {
        Tally tally = new Tally();
        tally.pushed("https://a.example/1");
        tally.pushed("https://a.example/2");
        tally.stored("https://other.example/x");
        tally.stored("https://a.example/1");
        tally.stored("https://a.example/1");
        tally.rejected("https://a.example/1", "extract/no-content: none");

        assertThat(tally.pending()).isEqualTo(1);
    }
}
