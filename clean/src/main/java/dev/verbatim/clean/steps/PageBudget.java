package dev.verbatim.clean.steps;

import dev.verbatim.model.Block;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Removal;
import dev.verbatim.model.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Holds a page to its {@link PageLimits}: checks of size, structure and time that throw
 * {@link Exceeded} (caught by the cleaner, which returns the rejection), and caps that cut what may
 * be kept (field lengths, {@code removed[]} entries). Every check is a count or a clock reading, so
 * a normal page pays next to nothing.
 *
 * <p>Thread-safe: the limits and the clock are immutable; each page gets its own {@link Deadline}.
 */
public final class PageBudget {

    /** A page went past a budget; carries its rejection. Never leaves the cleaner. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Rejection rejection;

        Exceeded(Stage stage, Reason reason, String detail) {
            super(detail, null, false, false);
            this.rejection = new Rejection(stage, reason, detail);
        }

        public Rejection rejection() {
            return rejection;
        }
    }

    private final PageLimits limits;
    private final LongSupplier clock;

    /** A budget of {@code limits}, timed by {@code clock} (nanoseconds, e.g. the thread's CPU time). */
    public PageBudget(PageLimits limits, LongSupplier clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The time budget of one page, starting now. */
    public Deadline start() {
        return new Deadline(clock.getAsLong());
    }

    /** One page's CPU-time budget. Not thread-safe: one page, one thread. */
    public final class Deadline {
        private final long start;

        private Deadline(long start) {
            this.start = start;
        }

        /** Throws {@link Exceeded} ({@code timeout}) when the page has used up its time by the end of {@code step}. */
        public void check(Stage stage, String step) {
            long spentMillis = TimeUnit.NANOSECONDS.toMillis(clock.getAsLong() - start);
            if (spentMillis > limits.maxCpuMillis()) {
                throw new Exceeded(stage, Reason.TIMEOUT, String.format(Locale.ROOT,
                        "cleaning took %,d ms of CPU by the end of step %s, more than limits.max_cpu_ms (%,d)",
                        spentMillis, step, limits.maxCpuMillis()));
            }
        }
    }

    /** Throws {@link Exceeded} ({@code too-large}) for a body over {@code limits.max_input_bytes}. */
    public void checkSize(int bytes) {
        if (bytes > limits.maxInputBytes()) {
            throw new Exceeded(Stage.DECODE, Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "the page has %,d bytes, more than limits.max_input_bytes (%,d)", bytes, limits.maxInputBytes()));
        }
    }

    /**
     * Throws {@link Exceeded} ({@code too-complex}) for decoded text with more start tags (HTML) or
     * lines (text, Markdown) than {@code limits.max_elements}; counted before anything is built.
     */
    public void checkStructure(Decoded page) {
        boolean html = page.format() == PageFormat.HTML;
        int count = html ? page.pageText().startTags(limits.maxElements()) : lines(page.text(), limits.maxElements());
        if (count > limits.maxElements()) {
            throw new Exceeded(Stage.PARSE, Reason.TOO_COMPLEX, String.format(Locale.ROOT,
                    "the page has more than %,d %s (limits.max_elements)", limits.maxElements(),
                    html ? "HTML elements" : "lines"));
        }
    }

    /** Throws {@link Exceeded} ({@code too-complex}) for more than {@code limits.max_blocks} blocks. */
    public void checkBlocks(int blocks, Stage stage) {
        if (blocks > limits.maxBlocks()) {
            throw new Exceeded(stage, Reason.TOO_COMPLEX, String.format(Locale.ROOT,
                    "the page has %,d blocks, more than limits.max_blocks (%,d)", blocks, limits.maxBlocks()));
        }
    }

    /** Throws {@link Exceeded} for a transcript over {@code limits.max_blocks} or {@code limits.max_chars}. */
    public void checkTranscript(List<Block> blocks) {
        checkBlocks(blocks.size(), Stage.SEGMENT);
        long chars = 0;
        for (Block b : blocks) {
            chars += b.text().length();
        }
        if (chars > limits.maxChars()) {
            throw new Exceeded(Stage.SEGMENT, Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "the transcript has %,d characters, more than limits.max_chars (%,d)", chars, limits.maxChars()));
        }
    }

    /**
     * {@code text} without control characters, cut to {@code limits.max_field_chars}, ending in an
     * ellipsis when cut; never splits a surrogate pair.
     */
    public String field(String given) {
        String text = TextScreen.withoutControls(given);
        int max = limits.maxFieldChars();
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** {@code removed} with at most {@code limits.max_removed} entries as they are, the rest merged by reason. */
    public List<Removal> removed(List<Removal> removed) {
        int max = limits.maxRemoved();
        if (removed.size() <= max) {
            return removed;
        }
        List<Removal> out = new ArrayList<>(removed.subList(0, max));
        Map<String, Long> rest = new LinkedHashMap<>();
        for (Removal r : removed.subList(max, removed.size())) {
            rest.merge(r.reason(), (long) r.chars(), Long::sum);
        }
        rest.forEach((reason, chars) -> out.add(new Removal(reason, (int) Math.min(Integer.MAX_VALUE, chars))));
        return out;
    }

    /**
     * Start tags ({@code <} and a letter) in {@code text}, counted up to just past {@code max}; a text
     * too short to hold more than {@code max} of them is not scanned, and gives its upper bound instead.
     */
    /** Lines of {@code text} (ended by LF, CR LF or a lone CR), counted up to just past {@code max}. */
    private static int lines(String text, int max) {
        int count = 1;
        for (int i = 0; i < text.length() && count <= max; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }
}
