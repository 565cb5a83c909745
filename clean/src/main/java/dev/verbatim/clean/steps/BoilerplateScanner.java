package dev.verbatim.clean.steps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * First pass over a page: deletes markup-only subtrees (scripts, styles, iframes, svg, form
 * controls) and marks, without deleting yet, the hidden subtrees and those whose tag or
 * class/id names say they are boilerplate (navigation, share bars, comments, ads...). A subtree
 * that holds an element announcing itself as the article is never marked as boilerplate.
 *
 * <p>Thread-safe: stateless apart from the immutable hints.
 */
final class BoilerplateScanner {

    /**
     * Marked subtrees: each maps its root to the reason it would be removed; and the {@code <article>}
     * elements left under the root, in page order (as {@code getElementsByTag("article")} finds them
     * after the scan), for the scorer.
     */
    record Marks(Map<Element, String> hidden, Map<Element, String> unlikely, List<Element> articles) {
        Set<Element> hiddenSet() {
            return Collections.unmodifiableSet(hidden.keySet());
        }

        Set<Element> allSet() {
            Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
            all.addAll(hidden.keySet());
            all.addAll(unlikely.keySet());
            return all;
        }

        Optional<String> reason(Element e) {
            String r = hidden.get(e);
            return Optional.ofNullable(r != null ? r : unlikely.get(e));
        }
    }

    /** Text beyond the captions of a media figure, in characters, above which it is a player card. */
    private static final int MAX_PLAYER_CAPTION = 300;

    private final BoilerplateHints hints;

    BoilerplateScanner(BoilerplateHints hints) {
        this.hints = hints;
    }

    /** Deletes markup under {@code root} and marks hidden and boilerplate subtrees. */
    Marks scan(Element root, BoilerplateTally tally) {
        Marks marks = new Marks(new IdentityHashMap<>(), new IdentityHashMap<>(), new ArrayList<>());
        root.filter(new Walk(root, marks, tally));
        return marks;
    }

    /** A boilerplate-looking subtree still open in the walk; cancelled if it holds the article. */
    private static final class Pending {
        final Element element;
        final String kind;
        boolean cancelled;

        Pending(Element element, String kind) {
            this.element = element;
            this.kind = kind;
        }
    }

    private final class Walk implements NodeFilter {
        private final Element root;
        private final Marks marks;
        private final BoilerplateTally tally;
        private final Deque<Pending> pending = new ArrayDeque<>();

        Walk(Element root, Marks marks, BoilerplateTally tally) {
            this.root = root;
            this.marks = marks;
            this.tally = tally;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element) || node == root) {
                return FilterResult.CONTINUE;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            if (BoilerplateHints.isMarkup(tag)) {
                tally.add(tag.equals("script") || tag.equals("style") ? tag : "markup", e);
                return FilterResult.REMOVE;
            }
            if (hints.isHidden(e)) {
                marks.hidden().put(e, "hidden");
                marks.articles().addAll(e.getElementsByTag("article")); // kept in the page, not walked
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("figure") && isPlayerCard(e)) {
                // Marked like hidden text so that no extraction pass reads it: it duplicates the page.
                marks.hidden().put(e, "player");
                marks.articles().addAll(e.getElementsByTag("article"));
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("article")) {
                marks.articles().add(e);
            }
            boolean mayBeUnlikely = mayBeUnlikely(e, tag);
            if (pending.isEmpty() && !mayBeUnlikely) {
                return FilterResult.CONTINUE;
            }
            int facts = hints.facts(e);
            if (!pending.isEmpty() && hints.isContentMarker(e, facts)) {
                pending.forEach(p -> p.cancelled = true);
            }
            if (mayBeUnlikely) {
                unlikelyKind(e, facts).ifPresent(kind -> pending.push(new Pending(e, kind)));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!pending.isEmpty() && pending.peek().element == node) {
                Pending p = pending.pop();
                if (!p.cancelled) {
                    marks.unlikely().put(p.element, p.kind);
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    /**
     * A media figure that holds an audio or video player and more text than a caption: a player card
     * with the episode's title, description and often a copy of the transcript, all widget text.
     */
    private static boolean isPlayerCard(Element figure) {
        if (figure.selectFirst("audio, video") == null) {
            return false;
        }
        int text = figure.text().length();
        for (Element caption : figure.getElementsByTag("figcaption")) {
            text -= caption.text().length();
        }
        return text > MAX_PLAYER_CAPTION;
    }

    /** Tags and the {@code articleBody} item that are never marked, whatever their names say. */
    private static boolean mayBeUnlikely(Element e, String tag) {
        return !(tag.equals("a") || tag.equals("form") || tag.equals("main") || tag.equals("article")
                || tag.equals("blockquote")
                || "articleBody".equals(e.attr("itemprop")));
    }

    /** The kind of boilerplate {@code e} is, by tag or role, else by its class and id words ({@code facts}: 0 for none). */
    private Optional<String> unlikelyKind(Element e, int facts) {
        Optional<String> kind = hints.structuralKind(e);
        if (kind.isPresent()) {
            return kind;
        }
        if (!BoilerplateHints.isUnlikely(facts) || BoilerplateHints.isPositive(facts)
                || !BoilerplateHints.isNegative(facts)) {
            return Optional.empty();
        }
        return Optional.of(hints.kindOf(hints.label(e), facts));
    }
}
