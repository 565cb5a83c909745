package dev.verbatim.clean.steps;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * An element that may print a hint line (a date, a byline, a metadata line), with what the one walk
 * over the page learned about its text ({@link TextTally}): whether the text is short, whether it
 * holds a metadata character, and whether the element prints a digit. These
 * screens come without a walk of its own per element, and its text is built once, when a reader
 * first needs it, for every reader.
 *
 * <p>Not thread-safe: built and read by one {@link PageHintReader#read} call.
 */
final class HintElement {

    private final Element element;
    private int letters;
    private int flags;
    private boolean mayMarkUpDate;
    private @Nullable String text;
    private @Nullable String line;

    HintElement(Element element) {
        this.element = element;
    }

    Element element() {
        return element;
    }

    /** Called by the walk when it enters a date candidate: whether it has the attributes of a mark-up date. */
    void markUp(boolean mayMarkUpDate) {
        this.mayMarkUpDate = mayMarkUpDate;
    }

    /** {@link DateHintReader#mayMarkUpDate} of the element, tested while the walk had it at hand. */
    boolean mayMarkUpDate() {
        return mayMarkUpDate;
    }

    /** Called by the walk when it leaves the element: the tally of its whole text. */
    void close(int letters, int flags) {
        this.letters = letters;
        this.flags = flags;
    }

    /**
     * True when {@code element().text()} may be at most {@code max} characters long: it has at most
     * {@code max} letters and digits ({@code text()} keeps every one of them), {@code max <= }
     * {@link TextTally#BOUND}.
     */
    boolean fits(int max) {
        if (max > TextTally.BOUND) {
            throw new IllegalArgumentException("max " + max + " is above the tally bound " + TextTally.BOUND);
        }
        return letters <= max;
    }

    /** One of the tally's marked characters somewhere in the text; exact when {@link #fits} any bound. */
    boolean hasMark() {
        return (flags & TextTally.MARK) != 0;
    }

    /** One of the tally's lead characters somewhere in the text; exact when {@link #fits} any bound. */
    boolean hasLead() {
        return (flags & TextTally.LEAD) != 0;
    }

    /** A digit in the element's own text nodes or in those of a child element: it prints a number, or labels a child's. */
    boolean printsDigits() {
        return (flags & (TextTally.OWN_DIGIT | TextTally.CHILD_DIGIT)) != 0;
    }

    /** {@code element().text()}, built once. */
    String text() {
        if (text == null) {
            text = element.text();
        }
        return text;
    }

    /** {@link TextNormalizer#line} of {@link #text()}, built once. */
    String line() {
        if (line == null) {
            line = TextNormalizer.line(text());
        }
        return line;
    }
}
