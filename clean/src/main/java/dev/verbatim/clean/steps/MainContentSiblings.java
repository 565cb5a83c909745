package dev.verbatim.clean.steps;

import dev.verbatim.clean.steps.MainContentStats.Stat;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Widens the chosen candidate to its good siblings: an article body is often split over several
 * sibling containers (a lead, the body, a continuation after an inline ad), and loose paragraphs
 * next to the candidate belong to it too. A sibling with the candidate's class name and much
 * unlinked text is another body section even when its paragraphs sit too deep to score it.
 *
 * <p>Thread-safe: stateless.
 */
final class MainContentSiblings {

    private static final int LONG_PARAGRAPH = 80;
    /** An unscored sibling with the candidate's class needs this much text to count as a section. */
    private static final int SECTION_CHARS = 500;
    private static final double MAX_SECTION_LINKS = 0.25;

    /** The candidate and those siblings that score well, in document order. */
    List<Element> select(Element top, MainContentStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = stats.of(top).score;
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || keeps(sibling, stats, topScore, threshold, topClass)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static boolean keeps(Element sibling, MainContentStats stats, double topScore,
            double threshold, String topClass) {
        if (!stats.contains(sibling)) {
            return false;
        }
        Stat s = stats.of(sibling);
        double bonus = !topClass.isEmpty() && topClass.equals(sibling.className())
                ? topScore * 0.2 : 0;
        if (s.scored && s.score + bonus >= threshold) {
            return true;
        }
        if (bonus > 0 && !s.scored && s.chars >= SECTION_CHARS && s.linkDensity() < MAX_SECTION_LINKS) {
            // A body section nested too deep for its paragraphs' scores to reach it.
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        double density = s.linkDensity();
        if (s.chars > LONG_PARAGRAPH) {
            return density < 0.25;
        }
        return s.chars > 0 && density == 0 && endsSentence(sibling.text());
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '。' || last == '!' || last == '?' || last == '！'
                || last == '？';
    }
}
