package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Recognises a listing among the strongest candidates: an element whose text comes mostly from two
 * or more nested {@code <article>} items (a "you may also like" block of post teasers) while a
 * comparable candidate stands outside it. An {@code <article>} is a self-contained composition, so
 * a container of several is a feed, not the story; the listing and its items stop being candidates
 * and its ancestors keep only the share of their score that their other text earns.
 * Without a rival outside (a live blog whose entries are articles) nothing changes.
 *
 * <p>Thread-safe: stateless.
 */
final class MainContentListings {

    private static final int TOP_CANDIDATES = 10;
    private static final int MIN_ITEMS = 2;
    /** A rival scores at least this share of the best item's score. */
    private static final double RIVAL_SHARE = 0.75;

    /**
     * Zeroes the score of listings and their items among the top of {@code ranked}; true if any.
     * {@code articles} are the page's {@code <article>} elements in document order (one walk for
     * all candidates).
     */
    boolean demote(List<Element> ranked, MainContentStats stats, List<Element> articles) {
        if (articles.isEmpty()) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            Element c = ranked.get(i);
            List<Element> items = items(c, articles);
            if (items.size() >= MIN_ITEMS && itemChars(items, stats) * 2 >= stats.of(c).chars
                    && hasRival(c, items, ranked, stats)) {
                stats.of(c).score = 0;
                items.forEach(item -> stats.of(item).score = 0);
                discountAncestors(c, stats);
                changed = true;
            }
        }
        return changed;
    }

    /** An ancestor of a listing keeps only the share of its score that its other text earns. */
    private static void discountAncestors(Element listing, MainContentStats stats) {
        int listingChars = stats.of(listing).chars;
        for (Element p = listing.parent(); p != null && stats.contains(p); p = p.parent()) {
            MainContentStats.Stat s = stats.of(p);
            s.score *= s.chars == 0 ? 0 : Math.max(0, 1 - listingChars / (double) s.chars);
        }
    }

    /** The outermost {@code <article>} elements strictly inside {@code c}. */
    private static List<Element> items(Element c, List<Element> articles) {
        List<Element> out = new ArrayList<>();
        for (Element a : articles) {
            if (a != c && MainContentScorer.isAncestor(c, a) && out.stream().noneMatch(o -> MainContentScorer.isAncestor(o, a))) {
                out.add(a);
            }
        }
        return out;
    }

    private static int itemChars(List<Element> items, MainContentStats stats) {
        int n = 0;
        for (Element item : items) {
            n += stats.of(item).chars;
        }
        return n;
    }

    /** A candidate neither inside nor around {@code listing} that scores like its best item. */
    private static boolean hasRival(Element listing, List<Element> items, List<Element> ranked,
            MainContentStats stats) {
        double best = 0;
        for (Element item : items) {
            best = Math.max(best, stats.of(item).score);
        }
        for (int i = 0; i < Math.min(TOP_CANDIDATES * 2, ranked.size()); i++) {
            Element r = ranked.get(i);
            if (r != listing && !MainContentScorer.isAncestor(listing, r)
                    && !MainContentScorer.isAncestor(r, listing) && stats.of(r).score >= best * RIVAL_SHARE) {
                return true;
            }
        }
        return false;
    }
}
