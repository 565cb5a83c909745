package dev.verbatim.app;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one-line summary a long-running process logs every so often: pages in, cleaned, rejected
 * and stored since the last line and since start, and the stages' lag. The clock is injected, so
 * tests move time by hand.
 *
 * <p>Tick it from one thread.
 */
final class PeriodicSummary {

    /** Counts since this process started. */
    record Figures(long in, long cleaned, long rejected, long stored) {
        Figures minus(Figures o) {
            return new Figures(in - o.in, cleaned - o.cleaned, rejected - o.rejected, stored - o.stored);
        }
    }

    private final Duration every;
    private final Clock clock;
    private final Supplier<Figures> figures;
    private final Supplier<String> lag;
    private long lastMillis;
    private Figures last;

    /**
     * @param lag the lag part of the line ({@code clean 12, sink 0}), empty when no stage has a group
     */
    PeriodicSummary(Duration every, Clock clock, Supplier<Figures> figures, Supplier<String> lag) {
        this.every = every;
        this.clock = clock;
        this.figures = figures;
        this.lag = lag;
        this.lastMillis = clock.millis();
        this.last = figures.get();
    }

    /** The summary line when {@code every} has passed since the last one (or the start), else empty. */
    Optional<String> tick() {
        long now = clock.millis();
        if (now - lastMillis < every.toMillis()) {
            return Optional.empty();
        }
        Figures total = figures.get();
        Figures recent = total.minus(last);
        String lagPart = lag.get();
        String line = String.format(Locale.ROOT, "last %.1f min: %d pages in, %d cleaned, %d rejected, %d stored; "
                        + "since start: %d in, %d cleaned, %d rejected, %d stored%s",
                (now - lastMillis) / 60_000.0, recent.in(), recent.cleaned(), recent.rejected(), recent.stored(),
                total.in(), total.cleaned(), total.rejected(), total.stored(), lagPart.isEmpty() ? "" : "; lag: " + lagPart);
        lastMillis = now;
        last = total;
        return Optional.of(line);
    }
}
