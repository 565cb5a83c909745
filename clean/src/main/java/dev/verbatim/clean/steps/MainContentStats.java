package dev.verbatim.clean.steps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Text statistics of every element under a root, computed bottom-up in one pass (O(n)): visible
 * text length, link text length, punctuation, the text that is not inside a block child, and
 * counts of paragraphs, list items, images and headings. CJK characters count double, so that a
 * Chinese sentence weighs about as much as its English translation.
 *
 * <p>Not thread-safe: one instance per extraction call.
 */
final class MainContentStats {

    /** Tags that start a new block: text inside them is not part of the parent's inline run (a switch: asked of every element). */
    static boolean isBlock(String tag) {
        return switch (tag) {
            case "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
                    "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "details", "summary",
                    "center", "menu" -> true;
            default -> false;
        };
    }

    /** Mutable per-element figures, plus the candidate score the scorer accumulates. */
    static final class Stat {
        int chars;
        int linkChars;
        int punct;
        int inlineChars;
        int inlinePunct;
        int paragraphs;
        int listItems;
        int images;
        int headingChars;
        boolean hasBlockChild;
        boolean scored;
        double score;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Stat EMPTY = new Stat();

    /** Sized for a typical page's elements: grown step by step from the default, it rehashed six times. */
    private final Map<Element, Stat> stats = new IdentityHashMap<>(1024);
    /** The measured elements in document order. */
    private final List<Element> measured = new ArrayList<>();

    private MainContentStats() {}

    /** Measures every element under {@code root}, skipping the {@code excluded} subtrees. */
    static MainContentStats measure(Element root, Set<Element> excluded) {
        MainContentStats result = new MainContentStats();
        root.filter(result.new Counter(excluded));
        return result;
    }

    /** The figures of {@code e}; an all-zero instance when it was excluded or never seen. */
    Stat of(Element e) {
        return stats.getOrDefault(e, EMPTY);
    }

    boolean contains(Element e) {
        return stats.containsKey(e);
    }

    /** The measured elements (the root and every element outside the skipped subtrees), in document order. */
    List<Element> measured() {
        return measured;
    }

    private final class Counter implements NodeFilter {
        private final Set<Element> excluded;
        private final Deque<Stat> open = new ArrayDeque<>();

        Counter(Set<Element> excluded) {
            this.excluded = excluded;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element) {
                Element e = (Element) node;
                if (excluded.contains(e) || BoilerplateHints.isMarkup(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                open.push(new Stat());
                measured.add(e);
            } else if (node instanceof TextNode && !open.isEmpty()) {
                countText(((TextNode) node).getWholeText(), open.peek());
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element) {
                Element e = (Element) node;
                Stat s = open.pop();
                stats.put(e, s);
                if (!open.isEmpty()) {
                    addToParent(e.normalName(), s, open.peek());
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    private static void addToParent(String tag, Stat s, Stat parent) {
        if (tag.equals("a")) {
            s.linkChars = s.chars;
        }
        parent.chars += s.chars;
        parent.linkChars += s.linkChars;
        parent.punct += s.punct;
        parent.paragraphs += s.paragraphs + (tag.equals("p") ? 1 : 0);
        parent.listItems += s.listItems + (tag.equals("li") ? 1 : 0);
        parent.images += s.images + (tag.equals("img") ? 1 : 0);
        parent.headingChars += isHeading(tag) ? s.chars : s.headingChars;
        if (isBlock(tag)) {
            parent.hasBlockChild = true;
        } else {
            parent.inlineChars += s.inlineChars;
            parent.inlinePunct += s.inlinePunct;
        }
    }

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1'
                && tag.charAt(1) <= '6';
    }

    private static void countText(String text, Stat s) {
        int chars = 0;
        int punct = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                continue;
            }
            chars += (space ? 2 : 1) + (c >= '\u2e80' && c <= '\u9fff' ? 1 : 0);
            space = false;
            if (isPunct(c)) {
                punct++;
            }
        }
        s.chars += chars;
        s.inlineChars += chars;
        s.punct += punct;
        s.inlinePunct += punct;
    }

    static boolean isPunct(char c) {
        return c == ',' || c == '，' || c == '。' || c == '、' || c == '；' || c == '！'
                || c == '？';
    }
}
