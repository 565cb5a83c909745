package dev.verbatim.clean.steps;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognizes a candidate speaker label at the start of a text: a short name and a colon
 * ({@code 王芳：}, {@code Ines Varela:}, {@code EZRA KLEIN:}, {@code Pinho：}), optionally after a role
 * word ({@code 主持人 王芳：}) and before a timestamp ({@code Name (00:12:31):}), an outlet in title
 * marks ({@code 《21世纪》：}), a Q&A marker ({@code 问：}, {@code Q:}), a timestamp before the
 * name ({@code [00:01:02] Name:}), or a name and a timestamp alone on a line with no colon
 * ({@code Name [1:02]}, {@code Name 00:01:02}, {@code **Name** [m:ss]}). Whether a candidate
 * really is a speaker depends on the whole page; see {@link TurnSegmenter}.
 *
 * <p>Thread-safe: immutable once built.
 */
public final class LabelParser {

    private static final String TIME = "\\d{1,2}(?::\\d{2}){1,2}";
    /** A timestamp {@code (00:12:31)} or a short description {@code （主持人）} between name and colon. */
    private static final String STAMP = "(?:\\s*[\\[(（](?:" + TIME + "|(?<desc>[^()（）\\[\\]:：\\d]{1,12}))[\\])）])?";
    private static final String LATIN_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";
    /** An outlet or role set in title marks or brackets: {@code 《21世纪》}, {@code 【记者】}. */
    private static final String BRACKETED = "《[^》:：]{1,12}》|【[^】:：]{1,12}】|〔[^〕:：]{1,12}〕|「[^」:：]{1,12}」";
    /**
     * A timestamp before the label: bracketed ({@code [01:02]}), or bare with seconds ({@code 00:01:02}); a bare
     * clock time ({@code 19:17 Frances Watkins}, {@code 9:00 AM:}) is a live blog's entry time, not a podcast's.
     */
    private static final Pattern LEADING_STAMP = Pattern.compile("^(?:[\\[(]" + TIME + "[\\])]|\\d{1,2}:\\d{2}:\\d{2})\\s+(?=\\S)"
            + "(?!(?i:am|pm|a\\.m\\.|p\\.m\\.)(?:\\W|$))");
    private static final Pattern STANDALONE_STAMP = Pattern.compile("^[\\[(（]?" + TIME + "[\\])）]?\\s*");
    /** A name and a timestamp alone on a line: the label line of a podcast transcript. */
    private static final Pattern STAMPED_ALONE = Pattern.compile("^(?:\\*\\*)?(?<name>[^*:：\\[\\]()（）]{1,40}?)"
            + "(?:\\*\\*)?\\s*(?:[\\[(（]" + TIME + "[\\])）]|[-–—]?\\s*" + TIME + ")$");
    private static final Pattern LATIN_ALONE = Pattern.compile(LATIN_NAME);
    private static final Pattern NARRATION = Pattern.compile(
            "(?:说|說|道|表示|指出|认为|認為|称|稱|问|問道|回答|写道|寫道|提到|强调|強調|例子|例如|比如|注意|提示|总结|總結"
                    + "|举例|舉例|补充|補充|原因|结果|結果|问题|問題|答案|目标|目標|方法|重点|重點|结论|結論|时间|時間|地点|地點"
                    + "|来源|來源|作者|编辑|編輯|注|PS|P\\.S)$");
    private static final Pattern PRONOUN = Pattern.compile("^(?:他|她|它|我|你|您|他们|她们|我们|你们|這|这|那|其|有人)");
    private static final Set<String> LATIN_STOP = Set.of("note", "update", "editor's note", "source", "photo",
            "image", "read more", "related", "warning", "example", "answer", "question", "summary", "transcript",
            "here's why", "the answer", "correction", "disclaimer", "tags", "share");

    private final SpeakerRules rules;
    private final Pattern cjkLabel;
    private final Pattern latinLabel;
    private final Pattern cjkAlone;
    private final Pattern notSpeech;
    private final Set<String> qa;
    private final Set<String> roleWords;

    /** A parser of labels within the limits of {@code rules}; compiles its patterns once. */
    public LabelParser(SpeakerRules rules) {
        this.rules = rules;
        this.roleWords = Stream.concat(rules.hostWords().stream(), rules.guestWords().stream())
                .collect(Collectors.toUnmodifiableSet());
        String role = "(?:(?<role>" + prefixWords(rules) + ")\\s*)?";
        String cjkName = "[\\p{IsHan}·・A-Za-z]{1," + rules.maxLabelChars() + "}?";
        this.cjkLabel = Pattern.compile("^" + role + "(?<name>" + BRACKETED + "|" + cjkName + ")" + STAMP
                + "\\s*[:：]\\s*(?<rest>.*)$", Pattern.DOTALL);
        this.latinLabel = Pattern.compile("^" + role.replace("\\s*)?", "\\s+)?") + "(?<name>" + LATIN_NAME + ")" + STAMP
                + "\\s*[:：]\\s*(?<rest>.*)$", Pattern.DOTALL);
        this.cjkAlone = Pattern.compile("(?:" + BRACKETED + "|" + cjkName + ")");
        this.notSpeech = Pattern.compile(rules.notSpeech().isEmpty() ? "(?!)" : String.join("|", rules.notSpeech()));
        this.qa = Set.copyOf(rules.qaMarkers());
    }

    /** Role words that may stand before a name: the longer host and guest words, not one-letter markers. */
    private static String prefixWords(SpeakerRules rules) {
        List<String> words = Stream.concat(rules.hostWords().stream(), rules.guestWords().stream())
                .filter(w -> w.codePointCount(0, w.length()) >= 2).map(Pattern::quote).toList();
        return words.isEmpty() ? "(?!)" : String.join("|", words);
    }

    /** The candidate label at the start of {@code text}, if any. */
    public Optional<LabelMatch> parse(String text) {
        if (text.length() < 2) {
            return Optional.empty();
        }
        String unstamped = LEADING_STAMP.matcher(text).replaceFirst("");
        Optional<LabelMatch> colon = colonLabel(unstamped);
        if (colon.isPresent()) {
            return colon;
        }
        return unstamped.length() < text.length() ? nameAlone(unstamped) : stampedAlone(text);
    }

    private Optional<LabelMatch> colonLabel(String text) {
        int colon = firstColon(text);
        if (colon < 0) {
            return Optional.empty();
        }
        Matcher m = cjkLabel.matcher(text);
        if (m.matches() && acceptCjk(m.group("name")) && speech(m)) {
            return Optional.of(match(m));
        }
        Matcher l = latinLabel.matcher(text);
        if (l.matches() && acceptLatin(l.group("name")) && speech(l)) {
            return Optional.of(match(l));
        }
        return Optional.empty();
    }

    /** Where the first colon is, if it is near enough the start to end a label; else -1. */
    private static int firstColon(String text) {
        int limit = Math.min(text.length(), 80);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                return i;
            }
        }
        return -1;
    }

    private Optional<LabelMatch> stampedAlone(String text) {
        char last = text.charAt(text.length() - 1);
        if (!Character.isDigit(last) && last != ']' && last != ')' && last != '）') {
            return Optional.empty();
        }
        Matcher m = STAMPED_ALONE.matcher(text);
        return m.matches() ? nameAlone(m.group("name")) : Optional.empty();
    }

    /** A bare name left of a timestamp ({@code Name [1:02]}, {@code [00:01:02] Name}) as a label standing alone. */
    private Optional<LabelMatch> nameAlone(String candidate) {
        String name = candidate.strip();
        boolean latin = LATIN_ALONE.matcher(name).matches() && acceptLatin(name);
        boolean cjk = cjkAlone.matcher(name).matches() && acceptCjk(name);
        return latin || cjk ? Optional.of(new LabelMatch(name, roleWords.contains(name) ? name : "", "")) : Optional.empty();
    }

    private boolean speech(Matcher m) {
        return !notSpeech.matcher(m.group("rest")).lookingAt();
    }

    private LabelMatch match(Matcher m) {
        String desc = m.group("desc") == null ? "" : m.group("desc").strip();
        String role = m.group("role") != null ? m.group("role") : roleWords.contains(desc) ? desc : "";
        String rest = STANDALONE_STAMP.matcher(m.group("rest").strip()).replaceFirst("");
        return new LabelMatch(m.group("name").strip(), role, rest.strip());
    }

    private boolean acceptCjk(String name) {
        if (qa.contains(name)) {
            return true;
        }
        if (name.startsWith("《") || name.startsWith("【") || name.startsWith("〔") || name.startsWith("「")) {
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

    /** True for a role word of the rules, standing for a side rather than a person ({@code 记者}, {@code Host}). */
    public boolean isRoleWord(String label) {
        return roleWords.contains(label);
    }
}
