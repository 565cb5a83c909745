package dev.verbatim.clean.steps;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as a reader sees it: one line per block (paragraph, heading, list item,
 * figcaption, blockquote...), {@code <br>} breaks lines, inline text joined, whitespace collapsed.
 * Test scope: mirrors how the pipeline joins blocks with newlines; like the pipeline's block
 * walker (which keeps h2-h4 only), it leaves out {@code <h1>}, the page title.
 */
final class ReaderText {

    private static final Set<String> BREAKS = Set.of("br", "img", "tr");

    private ReaderText() {}

    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode && !inTitle(node)) {
                    appendCollapsed(line, ((TextNode) node).getWholeText());
                } else if (node instanceof Element && isBreak((Element) node)) {
                    flush(out, line);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element && isBreak((Element) node)) {
                    flush(out, line);
                }
            }
        });
        flush(out, line);
        return out.toString();
    }

    private static boolean inTitle(Node text) {
        Node parent = text.parent();
        for (int i = 0; parent instanceof Element && i < 4; i++, parent = parent.parent()) {
            if (((Element) parent).normalName().equals("h1")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreak(Element e) {
        return MainContentStats.isBlock(e.normalName())
                || BREAKS.contains(e.normalName());
    }

    private static void appendCollapsed(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else {
                line.append(c);
            }
        }
    }

    private static void flush(StringBuilder out, StringBuilder line) {
        String text = line.toString().strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(text);
        }
    }
}
