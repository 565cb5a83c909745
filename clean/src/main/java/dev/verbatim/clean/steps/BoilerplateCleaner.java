package dev.verbatim.clean.steps;

import dev.verbatim.clean.steps.MainContentStats.Stat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Second pass, inside the chosen content only: deletes the subtrees the scanner marked, the
 * structural boilerplate (nav, aside, footer, forms, link-only headers) and, Readability-style,
 * containers whose figures look like boilerplate (link lists, image strips, empty shells).
 *
 * <p>Thread-safe: stateless apart from the immutable hints.
 */
final class BoilerplateCleaner {

    /** Text length up to which a negatively named inline element is dropped outright. */
    private static final int SHORT = 150;

    private final BoilerplateHints hints;

    BoilerplateCleaner(BoilerplateHints hints) {
        this.hints = hints;
    }

    /** Deletes boilerplate under {@code content} (never {@code content} itself). */
    void clean(Element content, BoilerplateScanner.Marks marks, MainContentStats stats,
            BoilerplateTally tally) {
        int contentChars = totalChars(content, stats);
        List<Element> doomed = new ArrayList<>();
        content.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element) || node == content) {
                    return FilterResult.CONTINUE;
                }
                Element e = (Element) node;
                Optional<String> reason = reasonToRemove(e, contentChars, marks, stats);
                if (reason.isPresent()) {
                    tally.add(reason.get(), e);
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        });
        removeAll(doomed);
    }

    /**
     * Removes the elements once the walk is over, rebuilding each parent's children in one go:
     * removed one at a time during the walk, each removal made Jsoup renumber all the siblings
     * before the next one's text was read, quadratic in a page of 50,000 share boxes (8 CPU-s).
     */
    private static void removeAll(List<Element> doomed) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Element e : doomed) {
            if (e.parent() != null) {
                byParent.computeIfAbsent(e.parent(), p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(e);
            }
        }
        byParent.forEach((parent, gone) -> {
            if (gone.size() == 1) {
                gone.iterator().next().remove();
                return;
            }
            List<Node> kept = new ArrayList<>(parent.childNodeSize() - gone.size());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        });
    }

    private static boolean isConditional(String tag) {
        return switch (tag) {
            case "div", "section", "ul", "ol", "table", "header", "aside", "dl", "center" -> true;
            default -> false;
        };
    }

    private static int totalChars(Element content, MainContentStats stats) {
        if (stats.contains(content)) {
            return stats.of(content).chars;
        }
        int chars = 0;
        for (Element part : content.children()) {
            chars += stats.of(part).chars;
        }
        return chars;
    }

    private Optional<String> reasonToRemove(Element e, int contentChars,
            BoilerplateScanner.Marks marks, MainContentStats stats) {
        Optional<String> marked = marks.reason(e);
        if (marked.isPresent()) {
            return marked;
        }
        Optional<String> structural = hints.structuralKind(e);
        if (structural.isPresent()) {
            return structural;
        }
        if (!isConditional(e.normalName())) {
            return smallNegative(e, stats.of(e));
        }
        return looksLikeBoilerplate(e, stats.of(e), contentChars);
    }

    /** Short runs named like credits, bylines or datelines, whatever their tag. */
    private Optional<String> smallNegative(Element e, Stat s) {
        if (s.chars > SHORT || s.paragraphs > 0 || hints.weight(e) >= 0) {
            return Optional.empty();
        }
        return Optional.of(hints.kindOf(hints.label(e)));
    }

    private Optional<String> looksLikeBoilerplate(Element e, Stat s, int contentChars) {
        if (s.chars * 2 > contentChars) {
            return Optional.empty();
        }
        String tag = e.normalName();
        int weight = hints.weight(e);
        if (weight + (s.scored ? s.score : 0) < 0) {
            return Optional.of(hints.kindOf(hints.label(e)));
        }
        if (tag.equals("header")) {
            return s.headingChars == 0 || s.linkDensity() > 0.5
                    ? Optional.of("header") : Optional.empty();
        }
        if (s.punct >= 10) {
            return Optional.empty();
        }
        boolean list = tag.equals("ul") || tag.equals("ol");
        double density = s.linkDensity();
        if (s.images > 1 && s.paragraphs * 2 < s.images && e.closest("figure") == null) {
            return Optional.of("images");
        }
        if (!list && s.listItems > s.paragraphs && density > 0.3) {
            return Optional.of("links");
        }
        if ((weight < 25 && density > 0.33) || density > 0.5) {
            return Optional.of("links");
        }
        return Optional.empty();
    }
}
