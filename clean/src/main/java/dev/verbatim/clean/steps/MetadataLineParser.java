package dev.verbatim.clean.steps;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the metadata fields (byline, time, {@code IP属地}, {@code 来源}, read counts) out of one
 * short line.
 *
 * <p>Thread-safe: holds only stateless collaborators and compiled patterns.
 */
final class MetadataLineParser {

    private static final ScreenedPattern IP = ScreenedPattern.compile("IP\\s*[属屬]地\\s*[:：]?\\s*([\\p{IsHan}A-Za-z·・]{2,20})");
    private static final Pattern TIME_LABEL = Pattern.compile(
            "(?:发布时间|發佈時間|發布時間|更新时间|更新時間|时间|時間|发布于|發佈於|发表于|發表於|日期"
                    + "|(?i:published|updated|posted)(?: on)?)\\s*[:：]?\\s*$");
    private static final ScreenedPattern VIEWS = ScreenedPattern.compile(
            "(?:阅读|閱讀|浏览|瀏覽|阅读量|閱讀量|点击|點擊)\\s*[:：]?\\s*[\\d.,]+\\s*[万萬千kKwW]?\\+?"
                    + "|[\\d.,]+\\s*[万萬千kK]?\\s*(?:次阅读|次閱讀|人阅读|人閱讀|(?i:views|reads))");
    /** A time zone written after a time ({@code 8:02 pm UTC}, {@code 05:07 AM EDT}), part of the time field. */
    private static final Pattern ZONE = Pattern.compile(
            "\\s*(?:UTC|GMT|Z|[ECMP][SD]T|CES?T|BST|IST|AE[SD]T|JST|KST|HKT|CST)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?\\b");
    /**
     * Separators and brackets around fields, besides white space and a free-standing hyphen; a hyphen inside
     * a name ({@code 新浪财经-自媒体综合}) is kept.
     */
    private static final String FILLER = "|｜·•/／∕—_:：,，()（）[]【】〔〕";

    private final ScreenedPattern sourceField;
    private final BylineParser bylines;
    private final DateTimeReader dates;

    /** A parser of the field markers of {@code rules}; compiles them once. */
    public MetadataLineParser(MetadataRules rules, DateRules dateRules) {
        this.dates = new DateTimeReader(dateRules);
        this.sourceField = ScreenedPattern.compile("(?<![图圖片])" + BylineParser.words(rules.sourceWords())
                + "\\s*[:：]\\s*((?:[^\\s|｜·•,，:：()（）]|(?<=\\S)·(?=\\S)){2,30})"
                + "|\\bSource:\\s*([^|·•,]{2,40}?)(?=\\s*[|·•,]|$)");
        this.bylines = new BylineParser(rules);
    }

    /**
     * The metadata fields of {@code text}. The field patterns are screened ({@link ScreenedPattern}): a line
     * without the characters a field needs is not searched for it.
     */
    public MetadataLine parse(String text) {
        String rest = text;
        Optional<String> ip = IP.matcher(rest).flatMap(MetadataLineParser::group);
        rest = cut(IP, rest);
        Optional<String> source = sourceField.matcher(rest).filter(Matcher::find)
                .map(sm -> (sm.group(1) != null ? sm.group(1) : sm.group(2)).strip());
        rest = cut(sourceField, rest);
        Optional<FoundTime> time = dates.find(rest);
        boolean labelled = false;
        if (time.isPresent()) {
            String before = rest.substring(0, time.get().start());
            Matcher label = TIME_LABEL.matcher(before);
            labelled = label.find();
            int cut = labelled ? label.start() : time.get().start();
            Matcher zone = ZONE.matcher(rest).region(time.get().end(), rest.length());
            rest = rest.substring(0, cut) + " " + rest.substring(zone.lookingAt() ? zone.end() : time.get().end());
        }
        rest = cut(VIEWS, rest);
        Byline byline = bylines.parse(rest);
        String leftover = TextNormalizer.line(fillerToSpaces(byline.remainder()));
        return new MetadataLine(byline, time, labelled, ip, source, leftover);
    }

    /**
     * {@code text} with its filler made spaces, one by one: the same line, once normalized, as replacing each
     * run of {@code [FILLER\\s]|(?<!\\S)-|-(?!\\S)} by one space, in one pass and without a regular expression.
     */
    private static String fillerToSpaces(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean freeHyphen = c == '-' && (i == 0 || isSpace(text.charAt(i - 1))
                    || i + 1 == text.length() || isSpace(text.charAt(i + 1)));
            if (freeHyphen || isSpace(c) || FILLER.indexOf(c) >= 0) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return TextNormalizer.isRegexSpace(c);
    }

    /** {@code text} with each match of {@code field} replaced by a space. */
    private static String cut(ScreenedPattern field, String text) {
        return field.matcher(text).map(m -> m.replaceAll(" ")).orElse(text);
    }

    private static Optional<String> group(Matcher m) {
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
