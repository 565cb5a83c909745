package dev.verbatim.clean.steps;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's tag, {@code class}, {@code id}, {@code role} and inline style say about
 * it: content-like or boilerplate, hidden or visible, markup-only or text-bearing.
 *
 * <p>Thread-safe: immutable; all patterns are compiled once.
 */
final class BoilerplateHints {

    /** Tags that never carry article text a reader sees. */
    static final Set<String> MARKUP_TAGS = Set.of("script", "style", "noscript", "template",
            "iframe", "svg", "canvas", "object", "embed", "link", "meta", "button", "input",
            "select", "textarea", "option", "dialog", "map", "audio", "video", "source", "math");

    private static final BoilerplateWords POSITIVE = BoilerplateWords.inside("article", "body",
            "content", "entry", "main", "page", "post", "text", "blog", "story", "prose",
            "paragraph");
    private static final BoilerplateWords STRONG_POSITIVE = BoilerplateWords.inside("article",
            "entry-content", "entrycontent", "post-content", "postcontent", "post-body",
            "postbody", "story-body", "storybody", "main-content", "maincontent", "body-text",
            "bodytext", "story-text", "storytext", "entry-body", "content-body", "contentbody",
            "rich-text", "richtext");
    private static final BoilerplateWords UNLIKELY = BoilerplateWords.inside("comment", "disqus",
            "replies", "related", "recommend", "sidebar", "footer", "social", "share", "sharing",
            "sponsor", "promo", "newsletter", "subscri", "breadcrumb", "pagination", "pager",
            "popup", "modal", "cookie", "gdpr", "banner", "navbar", "menu", "outbrain", "taboola",
            "combx", "shoutbox", "skyscraper", "mostpopular", "most-popular", "trending",
            "morestories", "more-stories", "signup");
    private static final BoilerplateWords EMBED = BoilerplateWords.inside("embed", "tweet");
    private static final BoilerplateWords NEGATIVE = BoilerplateWords.inside("widget",
            "masthead", "byline", "author", "dateline", "timestamp", "toolbar", "hidden",
            "tooltip", "credit", "readmore", "read-more", "meta");
    private static final BoilerplateWords AD = BoilerplateWords.asToken(Set.of("ad", "ads",
            "adv", "adslot", "adunit", "sponsored", "dfp", "gpt"), List.of("advert", "dfp-"));
    private static final BoilerplateWords TAGS = BoilerplateWords.asToken(Set.of("tag", "tags",
            "taglist", "tagcloud", "keywords", "topics"), List.of());
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

    /** Lower-cased {@code class} and {@code id} of the element, space-joined. */
    String label(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + ' ' + id).toLowerCase(Locale.ROOT);
    }

    /** Readability-style class weight: +25 for content-like names, -25 for boilerplate names. */
    int weight(Element e) {
        String label = label(e);
        if (label.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (isNegative(label)) {
            weight -= 25;
        }
        if (POSITIVE.in(label)) {
            weight += 25;
        }
        return weight;
    }

    boolean isPositive(String label) {
        return POSITIVE.in(label);
    }

    /**
     * True when the element announces itself as the article: {@code article}/{@code main} tags,
     * {@code itemprop=articleBody}, or strong content names that are not also boilerplate names.
     */
    boolean isContentMarker(Element e) {
        String label = label(e);
        if (!label.isEmpty() && isUnlikely(label)) {
            return false;
        }
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main")
                || "articleBody".equals(e.attr("itemprop"))
                || (!label.isEmpty() && STRONG_POSITIVE.in(label));
    }

    /** True when the names say the element is boilerplate worth skipping before scoring. */
    boolean isUnlikely(String label) {
        return UNLIKELY.in(label) || AD.in(label);
    }

    /**
     * True when the names lower the element's score: unlikely, or merely suspicious. Embedded
     * quotes (tweets, posts) are never negative: they sit inside article bodies.
     */
    boolean isNegative(String label) {
        return !EMBED.in(label)
                && (isUnlikely(label) || NEGATIVE.in(label) || TAGS.in(label));
    }

    /** True for elements a reader cannot see: hidden attribute, aria-hidden, display:none. */
    boolean isHidden(Element e) {
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
        if (AD.in(label)) {
            return "ad";
        }
        if (TAGS.in(label)) {
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
