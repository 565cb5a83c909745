package dev.verbatim.clean.steps;

import dev.verbatim.clean.steps.MainContentStats.Stat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Picks the element holding the article body, Readability-style: every paragraph-like element
 * scores by its length and punctuation, the score flows to its ancestors with decay, candidates
 * are damped by link density, and the best one may give way to a common ancestor of several
 * strong candidates.
 *
 * <p>Thread-safe: stateless apart from the immutable hints.
 */
final class MainContentScorer {

    /** Readability's starting scores by tag: containers up, lists and forms down. */
    private static final Map<String, Integer> TAG_BASE = Map.ofEntries(Map.entry("div", 5),
            Map.entry("article", 5), Map.entry("main", 5), Map.entry("pre", 3),
            Map.entry("td", 3), Map.entry("blockquote", 3), Map.entry("address", -3),
            Map.entry("ol", -3), Map.entry("ul", -3), Map.entry("dl", -3), Map.entry("dd", -3),
            Map.entry("dt", -3), Map.entry("li", -3), Map.entry("form", -3), Map.entry("th", -5));
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;
    /** Text length under which a content-like class name counts only in proportion. */
    private static final int SUBSTANTIAL = 500;

    private final BoilerplateHints hints;
    private final MainContentListings listings = new MainContentListings();

    MainContentScorer(BoilerplateHints hints) {
        this.hints = hints;
    }

    /**
     * The best candidate under {@code body}, or {@code body} itself when nothing scores; {@code stats}
     * were measured from {@code body}, and their elements are the ones scored. {@code articles}: the
     * {@code <article>} elements under {@code body}, in page order (the scan gathers them).
     */
    Element pick(Element body, MainContentStats stats, List<Element> articles) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : stats.measured()) {
            scoreParagraph(e, stats, candidates);
        }
        if (candidates.isEmpty()) {
            return body;
        }
        for (Element c : candidates) {
            Stat s = stats.of(c);
            s.score *= 1 - s.linkDensity();
        }
        Comparator<Element> byScore = Comparator.comparingDouble((Element c) -> stats.of(c).score).reversed();
        candidates.sort(byScore);
        if (listings.demote(candidates, stats, articles)) {
            candidates.sort(byScore);
        }
        Element top = promoteCommonAncestor(candidates, stats, body);
        top = climbWhileParentScoresHigher(top, stats, body);
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private void scoreParagraph(Element e, MainContentStats stats, List<Element> candidates) {
        Stat s = stats.of(e);
        String tag = e.normalName();
        boolean paragraph = isParagraphTag(tag) || (!s.hasBlockChild && isInlineBlock(tag));
        int chars = paragraph ? s.chars : s.inlineChars;
        int punct = paragraph ? s.punct : s.inlinePunct;
        if (chars < MIN_PARAGRAPH || (!paragraph && !isInlineBlock(tag))) {
            return;
        }
        double score = 1 + punct + Math.min(chars / 100, 3);
        Element target = paragraph ? e.parent() : e;
        for (int level = 0; target != null && level < ANCESTOR_LEVELS; level++) {
            if (target.normalName().equals("html")) {
                break;
            }
            Stat t = stats.of(target);
            if (!t.scored && stats.contains(target)) {
                t.scored = true;
                t.score = initialScore(target, t.chars);
                candidates.add(target);
            }
            t.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            target = target.parent();
        }
    }

    private double initialScore(Element e, int chars) {
        String tag = e.normalName();
        int base = MainContentStats.isHeading(tag) ? -5 : TAG_BASE.getOrDefault(tag, 0);
        int weight = hints.weight(e);
        if (weight > 0 && chars < SUBSTANTIAL) {
            weight = weight * chars / SUBSTANTIAL;
        }
        return base + weight + semanticBonus(e);
    }

    private static boolean isInlineBlock(String tag) {
        return switch (tag) {
            case "div", "section", "article", "center", "main", "blockquote" -> true;
            default -> false;
        };
    }

    private static boolean isParagraphTag(String tag) {
        return switch (tag) {
            case "p", "pre", "td", "dd" -> true;
            default -> false;
        };
    }

    private static double semanticBonus(Element e) {
        if (e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))) {
            return 10;
        }
        return 0;
    }

    private static Element promoteCommonAncestor(List<Element> ranked, MainContentStats stats,
            Element body) {
        Element top = ranked.get(0);
        double topScore = stats.of(top).score;
        List<Element> strong = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (stats.of(ranked.get(i)).score >= topScore * 0.75) {
                strong.add(ranked.get(i));
            }
        }
        if (strong.size() < 3) {
            return top;
        }
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            int inside = 0;
            for (Element alt : strong) {
                inside += isAncestor(p, alt) ? 1 : 0;
            }
            if (inside >= 3) {
                return p;
            }
        }
        return top;
    }

    private static Element climbWhileParentScoresHigher(Element top, MainContentStats stats,
            Element body) {
        double last = stats.of(top).score;
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Stat ps = stats.of(p);
            if (!ps.scored) {
                continue;
            }
            if (ps.score < threshold) {
                break;
            }
            if (ps.score > last) {
                return p;
            }
            last = ps.score;
        }
        return top;
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
