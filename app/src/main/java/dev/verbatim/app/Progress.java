package dev.verbatim.app;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar for long commands (pushing a tree of pages, cleaning a directory, waiting for
 * transcripts), drawn on the given stream; silent when there is too little to show.
 *
 * <p>Not thread-safe beyond what {@link ProgressBar} offers: step it from any thread, close once.
 */
final class Progress implements AutoCloseable {

    /** Below this many items a bar is more noise than help. */
    private static final int MIN_ITEMS = 20;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress of(String task, long total, PrintStream out) {
        if (total < MIN_ITEMS) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" pages", 1)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .setUpdateIntervalMillis(250)
                .build());
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    void stepTo(long n) {
        if (bar != null) {
            bar.stepTo(n);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
