package dev.verbatim.clean.steps;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks the article headline: the {@code <h1>}, else {@code og:title}, else the
 * {@code <title>} without its {@code - Site} / {@code _站名} suffix; on a plain-text page, the
 * first short line that does not end a sentence. Keyword spam appended after a separator is cut.
 *
 * <p>Thread-safe and stateless.
 */
final class TitlePicker {

    /**
     * Between a headline and a site name or a kicker: a spaced dash, bar or dot, an underscore, a full-width bar,
     * or a bare hyphen between Chinese text and a Chinese name ({@code 标题！-新华网}).
     */
    private static final Pattern SUFFIX_SEPARATOR = Pattern.compile(
            "\\s+[-–—|｜·]\\s+|_|｜|\\s\\|\\s|(?<=[\\p{IsHan}！？。”」》])-(?=\\p{IsHan})");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[。．!！；;…]$");
    private static final int MAX_PLAIN_TITLE = 80;
    private static final int PLAIN_TITLE_WINDOW = 4;
    private static final int MAX_SITE = 30;

    /**
     * The first of {@code headings} (texts of candidate headline elements, best first) that a title
     * reference ({@code og:title}, {@code <title>}) agrees with: the reference holds it and it is most of
     * the reference, or the reference is {@code Kicker - Headline} and the heading runs the two together
     * (the kicker set inside the headline element), which gives the headline without its kicker.
     */
    static Optional<String> agreed(List<String> headings, List<String> refs) {
        for (String heading : headings) {
            if (heading.length() < 2) {
                continue;
            }
            for (String ref : refs) {
                if (ref.contains(heading) && heading.length() * 3 >= ref.length()) {
                    return Optional.of(heading);
                }
                String[] parts = SUFFIX_SEPARATOR.split(ref);
                if (parts.length >= 2 && squash(heading).equals(squash(parts[0] + parts[1]))
                        && !parts[0].isBlank() && !parts[1].isBlank()) {
                    return Optional.of(parts[1].strip());
                }
            }
        }
        return Optional.empty();
    }

    private static String squash(String s) {
        return WHITESPACE.matcher(s).replaceAll("");
    }

    /** The headline from markup hints, if the page has one. */
    public Optional<String> fromHints(PageHints hints) {
        if (hints.headline().isPresent()) {
            return hints.headline();
        }
        Optional<String> site = hints.siteName();
        return hints.ogTitle().map(t -> stripSuffix(t, site, false))
                .or(() -> hints.docTitle().map(t -> stripSuffix(t, site, true)));
    }

    /** The site name a {@code <title>} appends to the headline ({@code 标题_站名}, {@code Title | Site}), if any. */
    public Optional<String> siteFromTitle(PageHints hints, String headline) {
        Optional<String> doc = hints.docTitle();
        if (doc.isEmpty() || headline.isBlank() || !doc.get().startsWith(headline)) {
            return Optional.empty();
        }
        // The first segment after the headline: later ones are channels of it, or appended spam.
        for (String raw : SUFFIX_SEPARATOR.split(doc.get().substring(headline.length()))) {
            String part = raw.strip();
            if (!part.isEmpty()) {
                return part.length() <= MAX_SITE ? Optional.of(part) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The index of the title line among the first blocks of a plain-text page, or -1. */
    public int plainTitleIndex(List<SourceBlock> blocks) {
        for (int i = 0; i < Math.min(PLAIN_TITLE_WINDOW, blocks.size()); i++) {
            SourceBlock b = blocks.get(i);
            String t = b.text();
            int len = t.codePointCount(0, t.length());
            if (b.kind() != SourceKind.CAPTION && len >= 4 && len <= MAX_PLAIN_TITLE && !SENTENCE_END.matcher(t).find()
                    && t.indexOf('。') < 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code title} without a trailing site name or spam: the part before the first separator
     * when {@code always} is set or the tail names the site.
     */
    static String stripSuffix(String title, Optional<String> site, boolean always) {
        String[] parts = SUFFIX_SEPARATOR.split(title, 2);
        if (parts.length < 2 || parts[0].isBlank()) {
            return title.strip();
        }
        String tail = parts[1].strip();
        boolean namesSite = site.map(s -> tail.contains(s) || s.contains(tail)).orElse(false);
        return always || namesSite ? parts[0].strip() : title.strip();
    }
}
