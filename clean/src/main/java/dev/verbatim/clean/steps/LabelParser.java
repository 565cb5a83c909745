package dev.verbatim.clean.steps;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes a candidate speaker label at the start of a text: a short name and a colon
 * ({@code 王芳：}, {@code Ines Varela:}), optionally after a role word ({@code 主持人 王芳：}) and
 * before a timestamp ({@code Name (00:12:31):}), or a Q&A marker ({@code 问：}, {@code Q:}).
 * Whether a candidate really is a speaker depends on the whole page; see {@link TurnSegmenter}.
 *
 * <p>Thread-safe: immutable once built.
 */
public final class LabelParser {

    /** A timestamp {@code (00:12:31)} or a short description {@code （主持人）} between name and colon. */
    private static final String STAMP = "(?:\\s*[\\[(（](?:\\d{1,2}(?::\\d{2}){1,2}|(?<desc>[^()（）\\[\\]:：\\d]{1,12}))[\\])）])?";
    private static final String ROLE = "(?<role>主持人|记者|記者|嘉宾|嘉賓|主播|Host|Moderator|Interviewer)\\s+";
    private static final Pattern LATIN_LABEL = Pattern.compile(
            "^(?:" + ROLE + ")?(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})" + STAMP
                    + "\\s*:\\s*(?<rest>.*)$", Pattern.DOTALL);
    private static final Pattern STANDALONE_STAMP = Pattern.compile("^[\\[(（]?\\d{1,2}(?::\\d{2}){1,2}[\\])）]?\\s*");
    private static final Pattern NARRATION = Pattern.compile(
            "(?:说|說|道|表示|指出|认为|認為|称|稱|问|問道|回答|写道|寫道|提到|强调|強調|例子|例如|比如|注意|提示|总结|總結"
                    + "|举例|舉例|补充|補充|原因|结果|結果|问题|問題|答案|目标|目標|方法|重点|重點|结论|結論|时间|時間|地点|地點"
                    + "|来源|來源|作者|编辑|編輯|注|PS|P\\.S)$");
    private static final Pattern PRONOUN = Pattern.compile("^(?:他|她|它|我|你|您|他们|她们|我们|你们|這|这|那|其|有人)");
    private static final Set<String> ROLE_WORDS = Set.of("主持人", "记者", "記者", "嘉宾", "嘉賓", "主播", "host", "Host",
            "guest", "Guest", "Moderator", "Interviewer");
    private static final Set<String> LATIN_STOP = Set.of("note", "update", "editor's note", "source", "photo",
            "image", "read more", "related", "warning", "example", "answer", "question", "summary", "transcript",
            "here's why", "the answer", "correction", "disclaimer", "tags", "share");

    private final SpeakerRules rules;
    private final Pattern cjkLabel;
    private final Set<String> qa;

    /** A parser of labels within the limits of {@code rules}; compiles its pattern once. */
    public LabelParser(SpeakerRules rules) {
        this.rules = rules;
        this.cjkLabel = Pattern.compile("^(?:" + ROLE + ")?(?<name>[\\p{IsHan}·・A-Za-z]{1," + rules.maxLabelChars() + "}?)"
                + STAMP + "\\s*[:：]\\s*(?<rest>.*)$", Pattern.DOTALL);
        this.qa = Set.copyOf(rules.qaMarkers());
    }

    /** The candidate label at the start of {@code text}, if any. */
    public Optional<LabelMatch> parse(String text) {
        Matcher m = cjkLabel.matcher(text);
        if (m.matches() && acceptCjk(m.group("name"))) {
            return Optional.of(match(m));
        }
        Matcher l = LATIN_LABEL.matcher(text);
        if (l.matches() && acceptLatin(l.group("name"))) {
            return Optional.of(match(l));
        }
        return Optional.empty();
    }

    private static LabelMatch match(Matcher m) {
        String desc = m.group("desc") == null ? "" : m.group("desc").strip();
        String role = m.group("role") != null ? m.group("role") : ROLE_WORDS.contains(desc) ? desc : "";
        String rest = STANDALONE_STAMP.matcher(m.group("rest").strip()).replaceFirst("");
        return new LabelMatch(m.group("name").strip(), role, rest.strip());
    }

    private boolean acceptCjk(String name) {
        if (qa.contains(name)) {
            return true;
        }
        boolean hasHan = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return hasHan && name.codePointCount(0, name.length()) >= rules.minLabelChars() && !NARRATION.matcher(name).find()
                && !PRONOUN.matcher(name).find();
    }

    private boolean acceptLatin(String name) {
        return name.length() <= rules.maxLatinLabelChars() && !LATIN_STOP.contains(name.toLowerCase(Locale.ROOT));
    }

    /** True for Q&A markers, whose role is fixed: {@code 问}/{@code Q} ask, {@code 答}/{@code A} answer. */
    public boolean isQaMarker(String label) {
        return qa.contains(label);
    }
}
