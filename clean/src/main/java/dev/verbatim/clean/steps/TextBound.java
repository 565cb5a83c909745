package dev.verbatim.clean.steps;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * A cheap look at an element's text before building it with {@link Element#text()}: whether the
 * text is short (by a lower bound, its letters and digits, counted only until the bound is passed)
 * and whether it holds any of a few characters a later pattern needs. {@code text()} keeps every
 * character that is not white space or invisible, so an element that fails either test cannot pass
 * the tests on its full text, and a large subtree is never turned into a string.
 *
 * <p>Stateless and thread-safe.
 */
final class TextBound {

    private TextBound() {}

    /**
     * True when {@code e.text()} may be at most {@code max} characters long and holds at least
     * one character of {@code anyOf}.
     */
    static boolean mayFit(Element e, int max, String anyOf) {
        Counter counter = new Counter(max, anyOf);
        e.filter(counter);
        return counter.letters <= max && counter.found;
    }

    /** True when {@code e.text()} may be at most {@code max} characters long. */
    static boolean mayFit(Element e, int max) {
        Counter counter = new Counter(max, "");
        e.filter(counter);
        return counter.letters <= max;
    }

    private static final class Counter implements NodeFilter {
        private final int max;
        private final String anyOf;
        private int letters;
        private boolean found;

        Counter(int max, String anyOf) {
            this.max = max;
            this.anyOf = anyOf;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                for (int i = 0; i < s.length() && letters <= max; i++) {
                    char c = s.charAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        letters++;
                        found = found || anyOf.indexOf(c) >= 0;
                    }
                }
            }
            return letters > max ? FilterResult.STOP : FilterResult.CONTINUE;
        }
    }
}
