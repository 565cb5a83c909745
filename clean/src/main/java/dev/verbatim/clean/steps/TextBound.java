package dev.verbatim.clean.steps;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * A cheap lower bound on the length of {@link Element#text()}: the letters and digits of the
 * element's text nodes, counted only until the bound is passed. {@code text()} keeps every letter
 * and digit (it only collapses whitespace and drops invisible characters), so an element whose
 * count passes {@code max} has a text longer than {@code max}, found without building the text of
 * a large subtree.
 *
 * <p>Stateless and thread-safe.
 */
final class TextBound {

    private TextBound() {}

    /** True when {@code e.text()} is certainly longer than {@code max} characters. */
    static boolean exceeds(Element e, int max) {
        Counter counter = new Counter(max);
        e.filter(counter);
        return counter.count > max;
    }

    private static final class Counter implements NodeFilter {
        private final int max;
        private int count;

        Counter(int max) {
            this.max = max;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                for (int i = 0; i < s.length() && count <= max; i++) {
                    if (Character.isLetterOrDigit(s.charAt(i))) {
                        count++;
                    }
                }
            }
            return count > max ? FilterResult.STOP : FilterResult.CONTINUE;
        }
    }
}
