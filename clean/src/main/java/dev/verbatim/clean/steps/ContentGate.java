package dev.verbatim.clean.steps;

import dev.verbatim.model.Block;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Stage;
import java.util.List;

/**
 * Lets a page through only when its segmented blocks hold real content: at least one block and
 * at least {@code minChars} characters of text in all.
 *
 * <p>Thread-safe: holds only the immutable minimum.
 */
public final class ContentGate {

    private final int minChars;

    /** A gate for pages of at least {@code minChars} characters. */
    public ContentGate(int minChars) {
        this.minChars = minChars;
    }

    /** The blocks, or a {@link Stage#SEGMENT} rejection ({@code NO_CONTENT} or {@code TOO_SHORT}). */
    public StepOutcome<List<Block>> check(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return fail(Reason.NO_CONTENT, "no article text left after noise and metadata");
        }
        int chars = blocks.stream().mapToInt(b -> b.text().length()).sum();
        if (chars < minChars) {
            return fail(Reason.TOO_SHORT, chars + " characters, fewer than " + minChars);
        }
        return new StepOutcome.Ok<>(blocks);
    }

    private static StepOutcome<List<Block>> fail(Reason reason, String detail) {
        return new StepOutcome.Fail<>(new Rejection(Stage.SEGMENT, reason, detail));
    }
}
