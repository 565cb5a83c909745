package dev.verbatim.app;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long command (pushing a tree of pages, cleaning a directory, waiting for
 * transcripts). On a terminal, a progress bar redrawn in place; otherwise (stderr redirected to a
 * file or a log collector) one plain line every {@value #PLAIN_EVERY_SECONDS} seconds and one at the
 * end, so that logs get no {@code \r} frames. Silent when there is too little to show.
 *
 * <p>Step it from one thread at a time; close once.
 */
final class Progress implements AutoCloseable {

    /** Below this many items progress is more noise than help. */
    private static final int MIN_ITEMS = 20;
    /** How often a plain progress line is written when not on a terminal. */
    static final int PLAIN_EVERY_SECONDS = 5;

    private final ProgressBar bar;
    private final PlainLines plain;

    private Progress(ProgressBar bar, PlainLines plain) {
        this.bar = bar;
        this.plain = plain;
    }

    /** Progress on {@code out}: a bar when this process has a terminal ({@link System#console()}), else plain lines. */
    static Progress of(String task, long total, PrintStream out) {
        return of(task, total, out, System.console() != null, Clock.systemUTC());
    }

    static Progress of(String task, long total, PrintStream out, boolean terminal, Clock clock) {
        if (total < MIN_ITEMS) {
            return new Progress(null, null);
        }
        if (!terminal) {
            return new Progress(null, new PlainLines(task, total, out, clock));
        }
        return new Progress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" pages", 1)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .setUpdateIntervalMillis(250)
                .build(), null);
    }

    void step() {
        if (bar != null) {
            bar.step();
        } else if (plain != null) {
            plain.stepTo(plain.done.get() + 1);
        }
    }

    void stepTo(long n) {
        if (bar != null) {
            bar.stepTo(n);
        } else if (plain != null) {
            plain.stepTo(n);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        } else if (plain != null) {
            plain.close();
        }
    }

    /** {@code pushing: 120/500 pages (24%), 11.5 s}, at most every few seconds, then once at the end. */
    private static final class PlainLines {
        private final String task;
        private final long total;
        private final PrintStream out;
        private final Clock clock;
        private final long startMillis;
        private final AtomicLong done = new AtomicLong();
        private long lastLineMillis;
        /** The count the last line showed; -1 before the first. */
        private long lastLineCount = -1;

        PlainLines(String task, long total, PrintStream out, Clock clock) {
            this.task = task;
            this.total = total;
            this.out = out;
            this.clock = clock;
            this.startMillis = clock.millis();
            this.lastLineMillis = startMillis;
        }

        void stepTo(long n) {
            done.set(n);
            long now = clock.millis();
            if (now - lastLineMillis >= Duration.ofSeconds(PLAIN_EVERY_SECONDS).toMillis()) {
                lastLineMillis = now;
                line(now);
            }
        }

        /** The last line, unless the one before already showed the final count. */
        void close() {
            if (done.get() != lastLineCount) {
                line(clock.millis());
            }
        }

        private void line(long now) {
            long n = done.get();
            lastLineCount = n;
            out.printf(Locale.ROOT, "%s: %d/%d pages (%d%%), %.1f s%n", task, n, total, n * 100 / total,
                    (now - startMillis) / 1000.0);
            out.flush();
        }
    }
}
