package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks a content element into source blocks in reading order: headings ({@code h2}–{@code h6}
 * and standalone bold lines), paragraphs, list items, captions, and lines split by {@code <br>}.
 * Subtrees that never carry article text (scripts, forms, navigation, hidden elements, and
 * elements whose class or id names a share bar, an ad, a comment list and the like) are skipped.
 *
 * <p>Thread-safe and stateless; it never modifies the element.
 */
public final class BlockWalker {

    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "form", "button", "input", "select", "textarea", "nav", "footer", "aside", "svg", "header", "h1",
            "head", "title", "meta", "link", "object", "embed", "video", "audio", "canvas", "map", "marquee");
    private static final Set<String> HEADING_TAGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BOLD_TAGS = Set.of("strong", "b");
    private static final Pattern NOISE_NAME = Pattern.compile(
            "(?:^|[\\s_-])(?:ads?|adv|advert|advertisement|adsbygoogle|banner|share|sharing|social|related|recommend"
                    + "|comments?|breadcrumbs?|crumbs?|nav|navbar|menu|footer|sidebar|tags?|hot|newsletter|subscribe"
                    + "|promo|sponsor(?:ed)?|corrections?|copyright|login|toolbar|stories|popular|trending|rank"
                    + "|hide|hidden|sr-only|visually-hidden|paywall|modal|popup|cookie)(?:$|[\\s_-])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden"
            + "|(?:left|top|text-indent)\\s*:\\s*-\\d{3,}|font-size\\s*:\\s*0(?![.\\d]))");
    private static final Pattern BOLD_STYLE = Pattern.compile("font-weight\\s*:\\s*(?:bold|bolder|[6-9]00)");
    private static final int MAX_BOLD_HEADING = 60;
    private static final int MAX_IMAGE_CAPTION = 80;
    private static final Pattern ICON = Pattern.compile("emoji|icon|avatar|logo|smiley|emoticon|spacer|pixel");
    private static final Pattern CAPTION_NAME = Pattern.compile("caption|(?:^|[\\s_-])(?:img|pic|photo|image|figure)-?(?:desc|text|note|info|title)");

    /** The blocks of {@code content} in reading order; never null, possibly empty. */
    public List<SourceBlock> walk(Element content) {
        List<SourceBlock> out = new ArrayList<>();
        if (!isSkippedTag(content)) {
            walkContainer(content, out, new ContentLength(content), false);
        }
        return out;
    }

    /**
     * @param total text length of the whole content: a block whose class or id sounds like
     *              boilerplate is skipped only when it holds less than half of it, because the
     *              extractor chose this content and a container carrying most of the article is
     *              the article whatever its names say ({@code field-label-hidden}, {@code tag-x})
     */
    private void walkContainer(Element container, List<SourceBlock> out, ContentLength total, boolean bold) {
        InlineRun run = new InlineRun(bold);
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode text) {
                run.text(text.getWholeText(), false, false);
            } else if (child instanceof Element el) {
                if (isSkippedTag(el) || (hasNoiseName(el) && el.text().length() * 2 < total.get())) {
                    continue;
                }
                if (isBlockLevel(el)) {
                    run.flush(out);
                    walkBlock(el, out, total, bold);
                } else if (holdsBlock(el)) {
                    // Sloppy markup wraps paragraphs in <font> or <strong>: each inner block is still its own line.
                    run.flush(out);
                    walkContainer(el, out, total, bold || isBold(el));
                } else {
                    run.inline(el);
                }
            }
        }
        run.flush(out);
    }

    private void walkBlock(Element el, List<SourceBlock> out, ContentLength total, boolean bold) {
        String tag = el.normalName();
        if (HEADING_TAGS.contains(tag)) {
            addWhole(el, SourceKind.HEADING, out);
        } else if (tag.equals("figcaption") || tag.equals("caption") || isCaptionClass(el)) {
            addWhole(el, SourceKind.CAPTION, out);
        } else {
            walkContainer(el, out, total, bold);
        }
    }

    /** True for an inline element with a block-level element inside it. */
    private static boolean holdsBlock(Element el) {
        for (Element d : el.getAllElements()) {
            if (d != el && !isSkippedTag(d) && isBlockLevel(d)) {
                return true;
            }
        }
        return false;
    }

    /** The text length of the whole content, built only when a noise-named block needs it. */
    private static final class ContentLength {
        private final Element content;
        private int length = -1;

        ContentLength(Element content) {
            this.content = content;
        }

        int get() {
            if (length < 0) {
                length = content.text().length();
            }
            return length;
        }
    }

    private static void addWhole(Element el, SourceKind kind, List<SourceBlock> out) {
        String text = TextNormalizer.line(el.text());
        if (!text.isEmpty()) {
            out.add(new SourceBlock(kind, text, false, 0, false));
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
        return el.tag().isBlock() || HEADING_TAGS.contains(tag) || tag.equals("li") || tag.equals("figcaption");
    }

    private static boolean isCaptionClass(Element el) {
        String cls = el.className().toLowerCase(Locale.ROOT);
        return !cls.isEmpty() && CAPTION_NAME.matcher(cls).find() && el.text().length() < 300;
    }

    static boolean isSkipped(Element el) {
        return isSkippedTag(el) || hasNoiseName(el);
    }

    /** Tags that never carry article text, and hidden elements. */
    private static boolean isSkippedTag(Element el) {
        if (SKIPPED_TAGS.contains(el.normalName()) && !(el.normalName().equals("header") && el.is("article header"))) {
            return true;
        }
        if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style").toLowerCase(Locale.ROOT);
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    private static boolean hasNoiseName(Element el) {
        String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && NOISE_NAME.matcher(names).find();
    }

    private static boolean isBold(Element el) {
        if (BOLD_TAGS.contains(el.normalName())) {
            return true;
        }
        String style = el.attr("style");
        return !style.isEmpty() && BOLD_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0' ? 0 : 1;
        }
        return n;
    }

    /** Collects inline nodes into lines; a {@code <br>} ends a line. */
    private static final class InlineRun {
        private final List<SourceBlock> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int boldChars;
        private boolean lastWasElement;
        private boolean lastWasBold;
        private boolean boldFirst;
        /** The whole run sits inside bold markup that wraps its container. */
        private final boolean baseBold;
        /** An image sits in this line or ended the previous one: short text beside it is its caption. */
        private boolean withImage;

        InlineRun(boolean baseBold) {
            this.baseBold = baseBold;
        }

        void text(String s, boolean inLink, boolean bold) {
            boolean inBold = bold || baseBold;
            if (nonSpace(s) > 0 && nonSpace(text.toString()) == 0) {
                boldFirst = inBold;
            }
            text.append(s);
            int visible = nonSpace(s);
            linkChars += inLink ? visible : 0;
            boldChars += inBold ? visible : 0;
            lastWasElement = false;
        }

        void inline(Element el) {
            boolean bold = isBold(el);
            // Bold runs set side by side are one run: <b>S</b><b>unshine:</b> is the label "Sunshine:".
            if (lastWasElement && !(bold && lastWasBold)) {
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

        void endLine() {
            String line = TextNormalizer.line(text.toString());
            if (!line.isEmpty()) {
                int len = nonSpace(line);
                double density = len == 0 ? 0 : Math.min(1.0, linkChars / (double) len);
                boolean allBold = boldChars >= len && len > 0 && len <= MAX_BOLD_HEADING && !line.endsWith("。");
                SourceKind kind = allBold ? SourceKind.HEADING : SourceKind.PARAGRAPH;
                if (withImage && len <= MAX_IMAGE_CAPTION) {
                    kind = SourceKind.CAPTION;
                }
                lines.add(new SourceBlock(kind, line, false, density, boldFirst, boldChars >= len && len > 0));
            }
            text.setLength(0);
            linkChars = 0;
            boldChars = 0;
            lastWasElement = false;
            boldFirst = false;
            withImage = withImage && line.isEmpty();
        }

        void flush(List<SourceBlock> out) {
            endLine();
            out.addAll(lines);
            lines.clear();
        }
    }
}
