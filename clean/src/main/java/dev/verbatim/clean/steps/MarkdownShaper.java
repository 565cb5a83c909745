package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Shapes a parsed Markdown tree so that its HTML reads like a publisher's page:
 * <ul>
 *   <li>the leading level-1 heading ({@code # …}) is the headline ({@code <h1>}) when the front
 *       matter names no title, and is dropped when it repeats the front-matter title; every other
 *       level-1 heading is a section heading ({@code <h2>});</li>
 *   <li>a label line (a wholly bold line, optionally followed by a timestamp or a colon:
 *       {@code **Name** [m:ss]}, {@code **Name:**}) that shares a paragraph with the text under it
 *       becomes its own paragraph, as a {@code <p><strong>Name</strong></p>} label block before its
 *       turn would be;</li>
 *   <li>a line that is only a link ({@code [text](url)}, a related-article link) is dropped.</li>
 * </ul>
 *
 * <p>Thread-safe and stateless; it mutates only the tree it is given.
 */
final class MarkdownShaper {

    /** What may follow the bold name on a label line: a colon and/or a timestamp such as {@code [0:18]}. */
    private static final Pattern LABEL_TAIL = Pattern.compile(
            "\\s*[:：]?\\s*(?:[\\[(（]?\\d{1,2}(?::\\d{2}){1,2}[\\])）]?)?\\s*[:：]?\\s*");
    private static final int MAX_LABEL = 60;

    private MarkdownShaper() {
    }

    /** Shapes {@code document} in place; {@code title} is the front matter's title, if any. */
    static void shape(Node document, Optional<String> title) {
        headline(document, title);
        List<Paragraph> paragraphs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        });
        paragraphs.forEach(MarkdownShaper::splitLines);
    }

    /**
     * Without a front-matter title, the leading level-1 heading is the headline ({@code <h1>}). With
     * one, the front matter names the headline: a leading heading that repeats it (whole, or as part)
     * is dropped, and any other is a section.
     */
    private static void headline(Node document, Optional<String> title) {
        boolean leading = true;
        for (Node n = document.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            if (n instanceof Heading h && h.getLevel() == 1) {
                if (leading && title.isPresent() && repeats(TextNormalizer.line(title.get()), text(h))) {
                    h.unlink();
                } else if (!leading || title.isPresent()) {
                    h.setLevel(2);
                }
                leading = false;
            } else if (!(n instanceof HtmlBlock || n instanceof ThematicBreak)) {
                leading = false;
            }
            n = next;
        }
    }

    private static boolean repeats(String title, String heading) {
        return !heading.isEmpty() && (title.contains(heading) || heading.contains(title));
    }

    /** One line of a paragraph: its inline nodes and the break before it (null on the first line). */
    private record Line(Node breakBefore, List<Node> nodes) {
    }

    private static void splitLines(Paragraph paragraph) {
        List<Line> lines = lines(paragraph);
        boolean linkOnly = lines.stream().anyMatch(MarkdownShaper::isLinkOnly);
        boolean labelled = lines.size() > 1 && lines.stream().anyMatch(MarkdownShaper::isLabelLine);
        if (!linkOnly && !labelled) {
            return;
        }
        for (Node n = paragraph.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            n.unlink();
            n = next;
        }
        rebuild(paragraph, lines, labelled);
        if (paragraph.getFirstChild() == null) {
            paragraph.unlink();
        }
    }

    /**
     * Puts the kept lines back: link-only lines are left out, and a label line (when {@code labelled})
     * gets a paragraph of its own, before the paragraph of the text under it.
     */
    private static void rebuild(Paragraph paragraph, List<Line> lines, boolean labelled) {
        Paragraph open = paragraph;
        boolean openUsed = false;
        for (Line line : lines) {
            if (isLinkOnly(line)) {
                continue;
            }
            if (openUsed && labelled && (isLabelLine(line) || isLabelParagraph(open))) {
                Paragraph fresh = new Paragraph();
                open.insertAfter(fresh);
                open = fresh;
                openUsed = false;
            }
            if (openUsed && line.breakBefore() != null) {
                open.appendChild(line.breakBefore());
            }
            line.nodes().forEach(open::appendChild);
            openUsed = true;
        }
    }

    private static boolean isLabelParagraph(Paragraph p) {
        List<Node> nodes = new ArrayList<>();
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            nodes.add(n);
        }
        return !nodes.isEmpty() && isLabelLine(new Line(null, nodes));
    }

    private static List<Line> lines(Paragraph paragraph) {
        List<Line> lines = new ArrayList<>();
        Node breakBefore = null;
        List<Node> current = new ArrayList<>();
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                lines.add(new Line(breakBefore, current));
                breakBefore = n;
                current = new ArrayList<>();
            } else {
                current.add(n);
            }
        }
        lines.add(new Line(breakBefore, current));
        return lines;
    }

    /** Only links and white space, with at least one link. */
    private static boolean isLinkOnly(Line line) {
        boolean link = false;
        for (Node n : line.nodes()) {
            if (n instanceof Link) {
                link = true;
            } else if (!(n instanceof Text t && t.getLiteral().isBlank())) {
                return false;
            }
        }
        return link;
    }

    /** Bold text first, then at most a colon and a timestamp. */
    private static boolean isLabelLine(Line line) {
        List<Node> nodes = line.nodes();
        int i = 0;
        while (i < nodes.size() && nodes.get(i) instanceof Text t && t.getLiteral().isBlank()) {
            i++;
        }
        if (i >= nodes.size() || !(nodes.get(i) instanceof StrongEmphasis strong)) {
            return false;
        }
        String name = text(strong);
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_LABEL) {
            return false;
        }
        StringBuilder tail = new StringBuilder();
        for (Node n : nodes.subList(i + 1, nodes.size())) {
            if (!(n instanceof Text t)) {
                return false;
            }
            tail.append(t.getLiteral());
        }
        return LABEL_TAIL.matcher(tail).matches();
    }

    /** The visible text of a node, normalized. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }
        });
        return TextNormalizer.line(out.toString());
    }
}
