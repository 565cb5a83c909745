package dev.verbatim.clean.steps;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's tag, {@code class}, {@code id}, {@code role} and inline style say about
 * it: content-like or boilerplate, hidden or visible, markup-only or text-bearing.
 *
 * <p>Thread-safe: immutable; all patterns and word lists are compiled once.
 */
final class BoilerplateHints {

    /** Tags that never carry article text a reader sees (a switch: asked of every element, twice). */
    static boolean isMarkup(String tag) {
        return switch (tag) {
            case "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "link",
                    "meta", "button", "input", "select", "textarea", "option", "dialog", "map", "audio", "video",
                    "source", "math" -> true;
            default -> false;
        };
    }

    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Reason names in priority order, each with the words that give it. */
    private static final List<Map.Entry<String, BoilerplateWords>> KINDS = List.of(
            Map.entry("comments", BoilerplateWords.inside("comment", "disqus", "replies")),
            Map.entry("share", BoilerplateWords.inside("share", "sharing", "social")),
            Map.entry("related", BoilerplateWords.inside("related", "recommend", "morestories",
                    "more-stories", "outbrain", "taboola", "mostpopular", "most-popular",
                    "trending", "readmore", "read-more")),
            Map.entry("ad", BoilerplateWords.inside("sponsor", "promo")),
            Map.entry("newsletter", BoilerplateWords.inside("newsletter", "subscri", "signup")),
            Map.entry("nav", BoilerplateWords.inside("breadcrumb", "navbar", "menu",
                    "pagination", "pager")),
            Map.entry("footer", BoilerplateWords.inside("footer")),
            Map.entry("sidebar", BoilerplateWords.inside("sidebar")),
            Map.entry("byline", BoilerplateWords.inside("byline", "author", "dateline")));

    /**
     * The words found anywhere in a label, as {@code FACT_*} bits (list {@code i} gives bit {@code i}):
     * unlikely, embed, negative, positive and strong positive, all in one pass over the label.
     */
    private final WordAutomaton words;
    /** The ad and tag tokens of a label, as {@code FACT_AD} and {@code FACT_TAGS} bits after the bits above. */
    private final WordAutomaton tokens;
    private final int classWeight;

    private static final int FACT_UNLIKELY = 1;
    private static final int FACT_EMBED = 2;
    private static final int FACT_NEGATIVE_WORD = 4;
    private static final int FACT_POSITIVE = 8;
    private static final int FACT_STRONG_POSITIVE = 16;
    private static final int FACT_AD = 32;
    private static final int FACT_TAGS = 64;

    /** Hints from the class/id words of {@code rules}. */
    BoilerplateHints(ExtractionRules rules) {
        // In the order of the FACT_* bits they give.
        this.words = WordAutomaton.caseBlind(List.of(lowerCase(rules.unlikelyWords()), lowerCase(rules.embedWords()),
                lowerCase(rules.negativeWords()), lowerCase(rules.positiveWords()),
                lowerCase(rules.strongPositiveWords())));
        this.tokens = WordAutomaton.ofTokensCaseBlind(List.of(rules.adTokens(), rules.tagTokens()),
                List.of(rules.adTokenPrefixes(), List.of()));
        this.classWeight = rules.classWeight();
    }

    /** Lower-cased {@code class} and {@code id} of the element, space-joined. */
    String label(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + ' ' + id).toLowerCase(Locale.ROOT);
    }

    /** Readability-style class weight: plus the class weight for content-like names, minus it for boilerplate names. */
    int weight(Element e) {
        int facts = facts(e);
        return (isNegative(facts) ? -classWeight : 0) + (isPositive(facts) ? classWeight : 0);
    }

    /** What the word lists say of {@code label}, for the {@code int} forms of the tests below; 0 for no label. */
    int facts(String label) {
        if (label.isEmpty()) {
            return 0;
        }
        return words.find(label) | tokens.find(label) * FACT_AD;
    }

    /** {@code facts(label(e))}, read from the class and id in place (the automata read them as lower case). */
    int facts(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        return words.findWith(tokens, Integer.numberOfTrailingZeros(FACT_AD), cls, id);
    }

    /** The words, checked to be lower-case as the labels they are looked for in. */
    private static List<String> lowerCase(List<String> words) {
        return BoilerplateWords.inside(words).words();
    }

    /**
     * True when the element announces itself as the article: {@code article}/{@code main} tags,
     * {@code itemprop=articleBody}, or strong content names that are not also boilerplate names.
     */
    boolean isContentMarker(Element e) {
        return isContentMarker(e, facts(e));
    }

    /** {@link #isContentMarker(Element)} for an element whose label has {@code facts}. */
    boolean isContentMarker(Element e, int facts) {
        if (isUnlikely(facts)) {
            return false;
        }
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main")
                || "articleBody".equals(e.attr("itemprop"))
                || (facts & FACT_STRONG_POSITIVE) != 0;
    }

    /** True when the names say the element is boilerplate worth skipping before scoring. */
    static boolean isUnlikely(int facts) {
        return (facts & (FACT_UNLIKELY | FACT_AD)) != 0;
    }

    /** True when the names say the element holds content. */
    static boolean isPositive(int facts) {
        return (facts & FACT_POSITIVE) != 0;
    }

    /**
     * True when the names lower the element's score: unlikely, or merely suspicious. Embedded
     * quotes (tweets, posts) are never negative: they sit inside article bodies.
     */
    static boolean isNegative(int facts) {
        return (facts & FACT_EMBED) == 0
                && (facts & (FACT_UNLIKELY | FACT_AD | FACT_NEGATIVE_WORD | FACT_TAGS)) != 0;
    }

    /** True for elements a reader cannot see: hidden attribute, aria-hidden, display:none. */
    boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty()
                && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The kind of boilerplate the element is by tag or role ({@code nav}, {@code aside},
     * {@code footer}), regardless of its text; empty when the tag says nothing.
     */
    Optional<String> structuralKind(Element e) {
        switch (e.normalName()) {
            case "nav":
                return Optional.of("nav");
            case "aside":
                return Optional.of("aside");
            case "footer":
                return Optional.of("footer");
            case "form":
                return Optional.of("form");
            default:
                break;
        }
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("complementary")
                || role.equals("contentinfo") || role.equals("banner")) {
            return Optional.of("nav");
        }
        return Optional.empty();
    }

    /** The kind of boilerplate the class/id names, or "boilerplate" for any other negative name. */
    String kindOf(String label) {
        return kindOf(label, facts(label));
    }

    /** {@link #kindOf(String)} for a label whose {@link #facts} are known. */
    String kindOf(String label, int facts) {
        if ((facts & FACT_AD) != 0) {
            return "ad";
        }
        if ((facts & FACT_TAGS) != 0) {
            return "tags";
        }
        for (Map.Entry<String, BoilerplateWords> kind : KINDS) {
            if (kind.getValue().in(label)) {
                return kind.getKey();
            }
        }
        return "boilerplate";
    }
}
