package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a plain-text page into one source block per non-empty line. Lines that read as photo
 * credits become captions, and a short heading that the text rendering glued to the end of an
 * introductory line ending in a colon ({@code 以下为对话实录: 标题}) is split off into its own line.
 *
 * <p>Thread-safe and stateless.
 */
public final class TextLineSplitter {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");
    private static final Pattern GLUED_HEADING = Pattern.compile("^(.{10,}?[:：])\\s+(\\S.{1,38})$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。．.!！；;…]$|[。．.!！]\\s*[”\"’]$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?:截图|截圖|供图|供圖|图源|圖源|图片来源|圖片來源|图片来自|圖片來自|摄影|攝影|资料图|資料圖|图为|圖為"
                    + "|视觉中国|視覺中國|网络图片|網路圖片|網絡圖片|AI生成|配图|配圖|^图[/／:：]|^圖[/／:：]"
                    + "|(?:^|[\\s(（])(?:Photo|Image|Credit|Photograph)s?\\b)");

    /** The non-empty lines of {@code text} as source blocks, in order. */
    public List<SourceBlock> split(String text) {
        List<SourceBlock> out = new ArrayList<>();
        for (String raw : LINE_BREAK.split(text)) {
            String line = TextNormalizer.line(raw);
            if (line.isEmpty()) {
                continue;
            }
            Matcher glued = GLUED_HEADING.matcher(line);
            if (glued.matches() && isIntroduction(glued.group(1)) && looksLikeHeading(glued.group(2))) {
                out.add(SourceBlock.line(glued.group(1)));
                out.add(SourceBlock.line(glued.group(2)));
            } else if (isCredit(line)) {
                out.add(SourceBlock.line(line).withKind(SourceKind.CAPTION));
            } else {
                out.add(SourceBlock.line(line));
            }
        }
        return out;
    }

    /** An introduction is a sentence, not a speaker label: many Han characters or many words. */
    private static boolean isIntroduction(String head) {
        long han = head.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han >= 8 || head.split("\\s+").length >= 5;
    }

    private static boolean looksLikeHeading(String tail) {
        return !SENTENCE_END.matcher(tail).find() && tail.indexOf('。') < 0;
    }

    private static boolean isCredit(String line) {
        return line.codePointCount(0, line.length()) <= 80 && CREDIT.matcher(line).find();
    }
}
