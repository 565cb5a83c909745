package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Walks a content element into source blocks in reading order: headings ({@code h2}–{@code h6}
 * and standalone bold lines), paragraphs, list items, captions, and lines split by {@code <br>}.
 * Subtrees that never carry article text (scripts, forms, navigation, hidden elements, and
 * elements whose class or id names a share bar, an ad, a comment list and the like) are skipped.
 *
 * <p>Thread-safe and stateless; it never modifies the element.
 */
public final class BlockWalker {

    /** A line drawn with characters ({@code ___}, {@code * * *}, {@code ———}): a rule, not text. */
    private static final Pattern RULE_LINE = Pattern.compile("[-_*=~—–·•#+.\\s]{3,}");
    /** Text after a linked promo heading in its box: a short aside at most. */
    private static final int MAX_PROMO_TAIL = 200;
    /** Boilerplate names; a field whose label is hidden ({@code field--label-hidden}, Drupal) is shown, not hidden. */
    private static final Pattern NOISE_NAME = Pattern.compile(
            "(?:^|[\\s_-])(?:ads?|adv|advert|advertisement|adsbygoogle|banner|share|sharing|social|related|recommend"
                    + "|comments?|breadcrumbs?|crumbs?|nav|navbar|menu|footer|sidebar|tags?|hot|newsletter|subscribe"
                    + "|promo|sponsor(?:ed)?|corrections?|copyright|login|toolbar|stories|popular|trending|rank"
                    + "|hide|(?<!label-)hidden|sr-only|visually-hidden|paywall|modal|popup|cookie)(?:$|[\\s_-])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden"
            + "|(?:left|top|text-indent)\\s*:\\s*-\\d{3,}|font-size\\s*:\\s*0(?![.\\d]))");
    private static final Pattern BOLD_STYLE = Pattern.compile("font-weight\\s*:\\s*(?:bold|bolder|[6-9]00)");
    private static final int MAX_BOLD_HEADING = 60;
    /** A bold lead-in ending in a colon titles what follows and may be longer ({@code These are the members …:}). */
    private static final int MAX_BOLD_LEAD_IN = 120;
    private static final int MAX_IMAGE_CAPTION = 80;
    /** A line that ends a sentence: under a picture, body text rather than its caption. */
    private static final TextEnding SENTENCE_END = TextEnding.markMaybeClosed("。.!！?？", "\"'”’」』)）");
    private static final Pattern ICON = Pattern.compile("emoji|icon|avatar|logo|smiley|emoticon|spacer|pixel");
    private static final Pattern CAPTION_NAME = Pattern.compile("caption|(?:^|[\\s_-])(?:img|pic|photo|image|figure)-?(?:desc|text|note|info|title)");
    /** Every match of {@link #CAPTION_NAME} holds one of these: a class holding none is passed over. Keep in step. */
    private static final List<String> CAPTION_WORDS = List.of("caption", "desc", "text", "note", "info", "title");

    /** The blocks of {@code content} in reading order; never null, possibly empty. */
    public List<SourceBlock> walk(Element content) {
        List<HeadingRoles.Walked> out = new ArrayList<>();
        if (!isSkippedTag(content)) {
            walkContainer(content, out, new WalkState(content), false);
        }
        return HeadingRoles.assign(out);
    }

    /**
     * @param total text length of the whole content: a block whose class or id sounds like
     *              boilerplate is skipped only when it holds less than half of it, because the
     *              extractor chose this content and a container carrying most of the article is
     *              the article whatever its names say ({@code field-label-hidden}, {@code tag-x})
     */
    private void walkContainer(Element container, List<HeadingRoles.Walked> out, WalkState walk, boolean listed) {
        boolean inList = listed || isListTag(container.normalName());
        InlineRun run = new InlineRun(inList, walk);
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode text) {
                run.text(text.getWholeText(), false, false);
            } else if (child instanceof Element el) {
                if (isSkippedTag(el) || (hasNoiseName(el) && el.text().length() * 2 < walk.contentLength())) {
                    continue;
                }
                if (isPromoHeading(el)) {
                    break; // the promo box's heading and the short aside after it go together
                }
                if (isBlockLevel(el) || holdsBlocks(el)) {
                    run.flush(out);
                    // <strong> wrapping whole paragraphs (old editors) makes them bold, as a question's label is.
                    boolean wrapsInBold = !isBlockLevel(el) && isBold(el);
                    walk.boldDepth += wrapsInBold ? 1 : 0;
                    walkBlock(el, out, walk, inList);
                    walk.boldDepth -= wrapsInBold ? 1 : 0;
                    run.resume();
                } else {
                    run.inline(el);
                }
            }
        }
        run.flush(out);
    }

    private void walkBlock(Element el, List<HeadingRoles.Walked> out, WalkState walk, boolean inList) {
        String tag = el.normalName();
        if (MainContentStats.isHeading(tag)) {
            if (!tag.equals("h1") || isSectionH1(el, out, walk)) {
                addWhole(el, SourceKind.HEADING, out, walk);
            }
        } else if (tag.equals("figcaption") || tag.equals("caption") || isCaptionClass(el)) {
            addWhole(el, SourceKind.CAPTION, out, walk);
        } else {
            walkContainer(el, out, walk, inList);
        }
    }

    /**
     * An {@code <h1>} that titles a section of the body (Substack posts): body text came before it and
     * it is not the page's first {@code <h1>}, which is the headline or the logo.
     */
    private static boolean isSectionH1(Element h1, List<HeadingRoles.Walked> out, WalkState walk) {
        return out.stream().anyMatch(w -> w.block().kind() == SourceKind.PARAGRAPH) && walk.firstH1(h1) != h1;
    }

    /**
     * A heading wholly linked to another site with at most a short aside after it in its box: an appeal
     * or promo ({@code <h1><a href="//donate…">Please consider supporting …</a></h1>}), not a section.
     */
    private static boolean isPromoHeading(Element el) {
        if (!MainContentStats.isHeading(el.normalName())) {
            return false;
        }
        Element link = el.selectFirst("a[href]");
        String text = TextNormalizer.line(el.text());
        if (link == null || text.isEmpty() || !TextNormalizer.line(link.text()).equals(text)
                || !isExternal(link)) {
            return false;
        }
        int tail = 0;
        for (Element next = el.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            tail += next.text().length();
        }
        return tail <= MAX_PROMO_TAIL;
    }

    private static boolean isExternal(Element link) {
        String page = UrlHost.of(link.baseUri());
        String target = UrlHost.of(link.absUrl("href"));
        return !target.isEmpty() && !page.isEmpty() && !target.equals(page) && !target.endsWith("." + page)
                && !page.endsWith("." + target);
    }

    /**
     * An inline element ({@code <font>}, {@code <span>}) wrapping paragraphs, as old editors write:
     * walked as a container, so that its paragraphs stay apart. Links stay inline (card links).
     */
    private static boolean holdsBlocks(Element el) {
        if (el.normalName().equals("a") || el.childrenSize() == 0) {
            return false;
        }
        for (Element child : el.children()) {
            if (isBlockLevel(child) || holdsBlocks(child)) {
                return true;
            }
        }
        return false;
    }

    /** State shared along one walk. */
    private static final class WalkState {
        private final Element content;
        private int length = -1;
        /** The last thing walked was an image without text: a short line next is its caption. */
        private boolean imageAbove;
        /** How many bold elements wrapping whole blocks the walk is inside. */
        private int boldDepth;

        WalkState(Element content) {
            this.content = content;
        }

        private @Nullable Element firstH1;
        private boolean firstH1Found;

        /** The document's first {@code <h1>} (looked up once per walk), or null. */
        @Nullable Element firstH1(Element anyH1) {
            if (!firstH1Found) {
                firstH1Found = true;
                firstH1 = anyH1.ownerDocument() == null ? null : anyH1.ownerDocument().selectFirst("h1");
            }
            return firstH1;
        }

        /** The text length of the whole content, built only when a noise-named block needs it. */
        int contentLength() {
            if (length < 0) {
                length = content.text().length();
            }
            return length;
        }
    }

    private static void addWhole(Element el, SourceKind kind, List<HeadingRoles.Walked> out, WalkState walk) {
        walk.imageAbove = false;
        String text = TextNormalizer.line(el.text());
        if (!text.isEmpty() && !RULE_LINE.matcher(text).matches()) {
            out.add(new HeadingRoles.Walked(new SourceBlock(kind, text, false, 0, false), HeadingRoles.Line.OTHER));
        }
    }

    private static boolean isBlockLevel(Element el) {
        String tag = el.normalName();
        if (tag.equals("br") || tag.equals("img") || tag.equals("span") || tag.equals("a")) {
            return false;
        }
        if (isCaptionClass(el)) {
            return true;
        }
        return el.tag().isBlock() || MainContentStats.isHeading(tag) || tag.equals("li") || tag.equals("figcaption");
    }

    private static boolean isCaptionClass(Element el) {
        String cls = el.className().toLowerCase(Locale.ROOT);
        return !cls.isEmpty() && CAPTION_WORDS.stream().anyMatch(cls::contains) && CAPTION_NAME.matcher(cls).find()
                && el.text().length() < 300;
    }

    static boolean isSkipped(Element el) {
        return isSkippedTag(el) || hasNoiseName(el);
    }

    /** Tags that never carry article text, and hidden elements. */
    private static boolean isSkippedTag(Element el) {
        if (isSkippedTagName(el.normalName()) && !(el.normalName().equals("header") && el.is("article header"))) {
            return true;
        }
        if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style").toLowerCase(Locale.ROOT);
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    private static boolean hasNoiseName(Element el) {
        if (el.attributesSize() == 0) {
            return false; // no class, no id: no label to build
        }
        String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && NOISE_NAME.matcher(names).find();
    }

    private static boolean isBold(Element el) {
        if (el.normalName().equals("strong") || el.normalName().equals("b")) {
            return true;
        }
        String style = el.attr("style");
        return !style.isEmpty() && BOLD_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /** CJK and full-width punctuation: {@code ：，。（） 「」}. */
    private static boolean isCjkPunctuation(char c) {
        return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
                || (c >= '\uFF3B' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFF65');
    }

    /** The first non-blank text inside {@code el}, or "" (reads only as far as that text). */
    private static String firstText(Element el) {
        for (Node n : el.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return t.getWholeText().strip();
            }
            if (n instanceof Element child) {
                String inner = firstText(child);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return "";
    }

    /** The characters of {@code s} that are neither white space nor no-break spaces; printable ASCII is told without a table look-up. */
    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c > ' ' && c < 0x7F || !Character.isWhitespace(c) && c != '\u00A0' ? 1 : 0;
        }
        return n;
    }

    /** Tags whose subtrees hold no article text (a switch, not a set's probing: asked of every element). */
    private static boolean isSkippedTagName(String tag) {
        return switch (tag) {
            case "script", "style", "noscript", "template", "iframe", "form", "button", "input", "select", "textarea",
                    "nav", "footer", "aside", "svg", "header", "head", "title", "meta", "link", "object", "embed",
                    "video", "audio", "canvas", "map", "marquee" -> true;
            default -> false;
        };
    }

    /**
     * Containers whose lines are list items or quoted: paragraphs even when wholly bold, and never
     * crossheads or sub-headlines. (Table cells are not among them: old pages lay whole articles out
     * in tables.)
     */
    private static boolean isListTag(String tag) {
        return switch (tag) {
            case "li", "dd", "dt", "blockquote" -> true;
            default -> false;
        };
    }

    /** Collects inline nodes into lines; a {@code <br>} ends a line. */
    private static final class InlineRun {
        private final List<HeadingRoles.Walked> lines = new ArrayList<>();
        /** The lines are list items or table cells. */
        private final boolean inList;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int boldChars;
        private boolean lastWasElement;
        private boolean lastWasBold;
        private boolean boldFirst;
        /** Visible characters in the line so far (no-break spaces are not visible). */
        private int visibleChars;
        /** An image sits in this line or ended the previous one: short text beside it is its caption. */
        private boolean withImage;

        /** A paragraph holding only an image came just before: a short untitled line is its caption. */
        private boolean imageAbove;
        private final WalkState walk;

        InlineRun(boolean inList, WalkState walk) {
            this.inList = inList;
            this.walk = walk;
            this.imageAbove = walk.imageAbove;
        }

        /** Picks up the walk after a nested block. */
        void resume() {
            imageAbove = walk.imageAbove;
            withImage = false;
        }

        void text(String s, boolean inLink, boolean bold) {
            boolean inBold = bold || walk.boldDepth > 0;
            int visible = nonSpace(s);
            if (visibleChars == 0 && visible > 0) {
                boldFirst = inBold;
            }
            visibleChars += visible;
            text.append(s);
            linkChars += inLink ? visible : 0;
            boldChars += inBold ? visible : 0;
            lastWasElement = false;
        }

        void inline(Element el) {
            boolean bold = isBold(el);
            // Bold runs set side by side are one run: <b>S</b><b>unshine:</b> is the label "Sunshine:".
            if (lastWasElement && !joinsWithoutSpace(el) && !(bold && lastWasBold)) {
                text.append(' ');
            }
            appendInline(el, false, false);
            lastWasElement = true;
            lastWasBold = bold;
        }

        private void appendInline(Element el, boolean inLink, boolean inBold) {
            if (el.normalName().equals("br")) {
                endLine();
                return;
            }
            if (el.normalName().equals("img")) {
                withImage |= !ICON.matcher((el.className() + " " + el.attr("src")).toLowerCase(Locale.ROOT)).find();
                return;
            }
            boolean link = inLink || el.normalName().equals("a");
            boolean bold = inBold || isBold(el);
            for (Node n : el.childNodes()) {
                if (n instanceof TextNode t) {
                    text(t.getWholeText(), link, bold);
                } else if (n instanceof Element child && !isSkipped(child)) {
                    appendInline(child, link, bold);
                }
            }
        }

        /**
         * Adjacent inline elements are spaced apart (spans laid out as cells), except after CJK
         * punctuation ({@code 主管：</b><b>Name}) and between a Han character and punctuation
         * ({@code 贝莱德</span><span>(431.2}), where no reader sees a space.
         */
        private boolean joinsWithoutSpace(Element next) {
            if (text.isEmpty()) {
                return false;
            }
            char last = text.charAt(text.length() - 1);
            if (isCjkPunctuation(last)) {
                return true;
            }
            if (Character.UnicodeScript.of(last) != Character.UnicodeScript.HAN) {
                return false;
            }
            String first = firstText(next);
            return !first.isEmpty() && !Character.isLetterOrDigit(first.codePointAt(0))
                    && !Character.isWhitespace(first.charAt(0));
        }

        void endLine() {
            String line = TextNormalizer.line(text.toString());
            if (!line.isEmpty() && !RULE_LINE.matcher(line).matches()) {
                int len = nonSpace(line);
                double density = len == 0 ? 0 : Math.min(1.0, linkChars / (double) len);
                int max = line.endsWith(":") || line.endsWith("：") ? MAX_BOLD_LEAD_IN : MAX_BOLD_HEADING;
                boolean allBold = boldChars >= len && len > 0 && len <= max && !line.endsWith("。");
                SourceKind kind = allBold && !inList ? SourceKind.HEADING : SourceKind.PARAGRAPH;
                if (len <= MAX_IMAGE_CAPTION && (withImage || (imageAbove && !SENTENCE_END.endsIn(line)))) {
                    kind = SourceKind.CAPTION;
                }
                imageAbove = false;
                lines.add(new HeadingRoles.Walked(new SourceBlock(kind, line, false, density, boldFirst,
                        boldChars >= len && len > 0), role(kind, len)));
            }
            text.setLength(0);
            linkChars = 0;
            boldChars = 0;
            lastWasElement = false;
            boldFirst = false;
            visibleChars = 0;
            withImage = withImage && line.isEmpty();
        }

        /** What the line may title: a plain unformatted line, or a line that is one link; else nothing. */
        private HeadingRoles.Line role(SourceKind kind, int len) {
            if (inList || kind != SourceKind.PARAGRAPH || boldChars > 0 || withImage) {
                return HeadingRoles.Line.OTHER;
            }
            if (linkChars * 2 < len) {
                return HeadingRoles.Line.PLAIN; // a keyword link or two leave a line plain
            }
            return linkChars >= len ? HeadingRoles.Line.LINK : HeadingRoles.Line.OTHER;
        }

        void flush(List<HeadingRoles.Walked> out) {
            endLine();
            walk.imageAbove = withImage || imageAbove;
            out.addAll(lines);
            lines.clear();
        }
    }
}
