package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The minute summary of a long run, on a clock the test moves: one line per minute, with the minute's and the run's counts. */
class PeriodicSummaryTest {

    private final HandClock clock = new HandClock();

    @Test
    void logsOneLinePerMinuteWithTheMinutesAndTheRunsCounts() {
        AtomicReference<PeriodicSummary.Figures> figures = new AtomicReference<>(new PeriodicSummary.Figures(10, 8, 1, 7));
        PeriodicSummary summary = new PeriodicSummary(Duration.ofMinutes(1), clock, figures::get, () -> "clean 4, sink 0");

        clock.advance(Duration.ofSeconds(59));
        figures.set(new PeriodicSummary.Figures(110, 100, 5, 98));
        assertThat(summary.tick()).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(summary.tick()).hasValue("last 1.0 min: 100 pages in, 92 cleaned, 4 rejected, 91 stored; "
                + "since start: 110 in, 100 cleaned, 5 rejected, 98 stored; lag: clean 4, sink 0");
        assertThat(summary.tick()).isEmpty();

        clock.advance(Duration.ofSeconds(90));
        figures.set(new PeriodicSummary.Figures(110, 110, 5, 108));
        assertThat(summary.tick()).hasValue("last 1.5 min: 0 pages in, 10 cleaned, 0 rejected, 10 stored; "
                + "since start: 110 in, 110 cleaned, 5 rejected, 108 stored; lag: clean 4, sink 0");
    }

    @Test
    void leavesLagOutWhenNoStageHasAGroup() {
        PeriodicSummary summary = new PeriodicSummary(Duration.ofMinutes(1), clock,
                () -> new PeriodicSummary.Figures(3, 0, 0, 0), () -> "");
        clock.advance(Duration.ofSeconds(60));
        assertThat(summary.tick()).hasValue("last 1.0 min: 0 pages in, 0 cleaned, 0 rejected, 0 stored; "
                + "since start: 3 in, 0 cleaned, 0 rejected, 0 stored");
    }
}
