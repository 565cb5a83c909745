package dev.verbatim.clean.steps;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|richtext"
                    + "|rich-text|storytext|paragraph");
    private static final Pattern STRONG_POSITIVE = Pattern.compile(
            "article|entry-?content|post-?content|post-?body|story-?body|main-?content|body-?text"
                    + "|story-?text|entry-?body|content-?body|rich-?text|article-?body");
    private static final Pattern UNLIKELY = Pattern.compile(
            "comment|disqus|replies|related|recommend|sidebar|footer|social|share|sharing|sponsor"
                    + "|promo|newsletter|subscri|breadcrumb|pagination|pager|popup|modal|cookie"
                    + "|gdpr|banner|navbar|menu|outbrain|taboola|combx|shoutbox|skyscraper"
                    + "|most-?popular|trending|more-?stories|signup");
    private static final Pattern NEGATIVE = Pattern.compile(
            "widget|masthead|byline|author|dateline|timestamp|toolbar|hidden|tooltip|credit"
                    + "|read-?more|meta");
    private static final Pattern AD_TOKEN = Pattern.compile(
            "(?:^|[^a-z0-9])(?:ad|ads|adv|advert\\w*|adslot|adunit|ad-\\w+|dfp\\w*|gpt-\\w+"
                    + "|sponsored|native-ad)(?:$|[^a-z0-9])");
    private static final Pattern TAG_TOKEN = Pattern.compile(
            "(?:^|[^a-z0-9])(?:tags?|tag-?list|tag-?cloud|keywords|topics)(?:$|[^a-z0-9])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern KIND = Pattern.compile(
            "(comment|disqus|replies)|(share|sharing|social)|(related|recommend|more-?stories"
                    + "|outbrain|taboola|most-?popular|trending|read-?more)|(sponsor|promo)"
                    + "|(newsletter|subscri|signup)|(breadcrumb|navbar|menu|pagination|pager)"
                    + "|(footer)|(sidebar)|(byline|author|dateline)");
    private static final String[] KIND_NAMES = {
        "comments", "share", "related", "ad", "newsletter", "nav", "footer", "sidebar", "byline"
    };

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
        if (POSITIVE.matcher(label).find()) {
            weight += 25;
        }
        return weight;
    }

    boolean isPositive(String label) {
        return POSITIVE.matcher(label).find();
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
                || (!label.isEmpty() && STRONG_POSITIVE.matcher(label).find());
    }

    /** True when the names say the element is boilerplate worth skipping before scoring. */
    boolean isUnlikely(String label) {
        return UNLIKELY.matcher(label).find() || AD_TOKEN.matcher(label).find();
    }

    /** True when the names lower the element's score: unlikely, or merely suspicious. */
    boolean isNegative(String label) {
        return isUnlikely(label) || NEGATIVE.matcher(label).find()
                || TAG_TOKEN.matcher(label).find();
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
        if (AD_TOKEN.matcher(label).find()) {
            return "ad";
        }
        if (TAG_TOKEN.matcher(label).find()) {
            return "tags";
        }
        Matcher m = KIND.matcher(label);
        if (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    return KIND_NAMES[g - 1];
                }
            }
        }
        return "boilerplate";
    }
}
