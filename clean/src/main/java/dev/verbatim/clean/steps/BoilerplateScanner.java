package dev.verbatim.clean.steps;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;

/**
 * First pass over a page: deletes markup-only subtrees (scripts, styles, iframes, svg, form
 * controls) and marks, without deleting yet, the hidden subtrees and those whose tag or
 * class/id names say they are boilerplate (navigation, share bars, comments, ads...).
 *
 * <p>Thread-safe: stateless apart from the immutable hints.
 */
final class BoilerplateScanner {

    /** Marked subtrees: each maps its root to the reason it would be removed. */
    record Marks(Map<Element, String> hidden, Map<Element, String> unlikely) {
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

    private final BoilerplateHints hints;

    BoilerplateScanner(BoilerplateHints hints) {
        this.hints = hints;
    }

    /** Deletes markup under {@code root} and marks hidden and boilerplate subtrees. */
    Marks scan(Element root, BoilerplateTally tally) {
        Marks marks = new Marks(new IdentityHashMap<>(), new IdentityHashMap<>());
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element && node != root
                        ? visit((Element) node, marks, tally) : FilterResult.CONTINUE;
            }
        });
        return marks;
    }

    private FilterResult visit(Element e, Marks marks, BoilerplateTally tally) {
        String tag = e.normalName();
        if (BoilerplateHints.MARKUP_TAGS.contains(tag)) {
            tally.add(tag.equals("script") || tag.equals("style") ? tag : "markup", e);
            return FilterResult.REMOVE;
        }
        if (hints.isHidden(e)) {
            marks.hidden().put(e, "hidden");
            return FilterResult.SKIP_ENTIRELY;
        }
        Optional<String> kind = unlikelyKind(e, tag);
        if (kind.isPresent()) {
            marks.unlikely().put(e, kind.get());
            return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
    }

    private Optional<String> unlikelyKind(Element e, String tag) {
        if (tag.equals("body") || tag.equals("a") || tag.equals("form") || tag.equals("main")
                || tag.equals("article") || "articleBody".equals(e.attr("itemprop"))) {
            return Optional.empty();
        }
        Optional<String> kind = hints.structuralKind(e);
        if (kind.isEmpty()) {
            String label = hints.label(e);
            if (label.isEmpty() || !hints.isNegative(label) || hints.isPositive(label)) {
                return Optional.empty();
            }
            kind = Optional.of(hints.kindOf(label));
        }
        if (e.selectFirst("article, main, [itemprop=articleBody]") != null) {
            return Optional.empty();
        }
        return kind;
    }
}
