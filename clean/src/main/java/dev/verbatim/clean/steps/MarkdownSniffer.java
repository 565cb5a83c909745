package dev.verbatim.clean.steps;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a Markdown text from plain text, cheaply, for bodies served as {@code text/plain} or
 * unlabelled. A body is Markdown when its URL path ends in {@code .md} / {@code .markdown}, when
 * it opens with a YAML front-matter block ({@code ---} fence whose first line is a {@code key:}
 * field), or when Markdown syntax is common in its first lines: at least {@value #MIN_MARKED}
 * lines, and at least one in {@value #MARKED_SHARE} of the non-empty lines scanned, carry an ATX
 * heading ({@code # …}), bold ({@code **…**}) or an inline link or image ({@code [text](url)}).
 * Plain-text news pages almost never use these, so one stray {@code #} or {@code **} does not tip
 * the balance.
 *
 * <p>Thread-safe and stateless.
 */
final class MarkdownSniffer {

    /** Lines scanned for syntax: enough to see a transcript's label lines, cheap on a long page. */
    private static final int SCAN_LINES = 200;
    private static final int MIN_MARKED = 3;
    private static final int MARKED_SHARE = 10;
    private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t]+\\S");
    private static final Pattern BOLD = Pattern.compile("\\*\\*[^*\\s][^*]*\\*\\*|__[^_\\s][^_]*__");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]\\n]+\\]\\((?:https?://|/|#|\\.)[^)\\s]*\\)");

    private MarkdownSniffer() {
    }

    /** Whether the body read from {@code url} is Markdown. */
    static boolean isMarkdown(String url, String text) {
        return hasMarkdownPath(url) || FrontMatter.opensText(text) || syntaxIsCommon(text);
    }

    /** Whether the URL's path (query and fragment aside) names a Markdown file. */
    static boolean hasMarkdownPath(String url) {
        String path = url;
        int cut = firstIndexOf(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    private static int firstIndexOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static boolean syntaxIsCommon(String text) {
        int lines = 0;
        int marked = 0;
        int start = 0;
        while (start < text.length() && lines < SCAN_LINES) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            // The screen: every pattern needs one of these characters.
            if ((line.indexOf('#') >= 0 || line.indexOf('*') >= 0 || line.indexOf('_') >= 0 || line.indexOf(']') >= 0)
                    && (HEADING.matcher(line).find() || BOLD.matcher(line).find() || LINK.matcher(line).find())) {
                marked++;
            }
        }
        return marked >= MIN_MARKED && marked * MARKED_SHARE >= lines;
    }
}
