package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author and editor fields from a byline text: {@code 作者|}, {@code 记者}, {@code 文／},
 * {@code 撰文：}, {@code By} for authors; {@code 编辑}, {@code 责任编辑}, {@code Edited by} for
 * editors. Names are separated by {@code / ／ ∕ 、 , & and}; role words never reach the names.
 *
 * <p>Thread-safe and stateless.
 */
public final class BylineParser {

    private static final String CJK_NAME = "\\p{IsHan}{2,4}(?:[·・]\\p{IsHan}{1,8})?(?![\\p{IsHan}:：|｜?？!！。])";
    private static final String LATIN_NAME = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3}";
    private static final String NAME = "(?:" + CJK_NAME + "|" + LATIN_NAME + ")";
    private static final String NAMES = NAME + "(?:\\s*(?:[/／∕、,，&]|\\s(?:and|和|与|與)\\s)\\s*" + NAME + "|\\s+" + CJK_NAME + ")*";
    private static final String SEP = "\\s*[|｜:：/／∕]?\\s*";
    private static final String REQUIRED_SEP = "(?:\\s*[|｜:：/／∕]\\s*|\\s+)";
    /** Job titles and agencies that follow a name after a comma are not names. */
    private static final Pattern TITLE_WORD = Pattern.compile(
            "(?i).*\\b(?:writer|reporter|correspondent|editor|contributor|staff|bureau|press|news|columnist)\\b.*");
    /** Dateline tails such as {@code 台北报导} or {@code 北京电} are places, not names. */
    private static final Pattern DATELINE = Pattern.compile(".*(?:报道|報道|報導|报导|电|電|讯|訊)$");
    private static final Pattern FIELD = Pattern.compile(
            "(?<editor>(?:责任编辑|責任編輯|责编|責編|编辑|編輯)" + REQUIRED_SEP + "|\\bEdited by\\s+|\\bEditing by\\s+|\\bEditors?:\\s*)(?<enames>" + NAMES + ")"
                    + "|(?<author>(?:作者|记者|記者|撰文|采写|採寫|撰稿)" + SEP + "|[文图圖]\\s*[/／∕]\\s*[图圖文]" + REQUIRED_SEP
                    + "|文\\s*[|｜/／∕:：]\\s*|\\bReporting by\\s+"
                    + "|\\b[Bb]y\\s+(?=\\p{Lu}))(?<anames>" + NAMES + ")");
    private static final Pattern NAME_SEPARATOR = Pattern.compile(
            "\\s*(?:[/／∕、,，&]|\\s(?:and|和|与|與)\\s)\\s*|\\s+(?=\\p{IsHan})");
    private static final Set<String> NOT_NAMES = Set.of("报道", "報道", "報導", "摄影", "攝影", "综合", "綜合", "整理",
            "发自", "發自", "编译", "編譯", "通讯员", "通訊員", "实习生", "實習生", "特约", "特約", "供稿");

    /** The author and editor fields of {@code text}. */
    public Byline parse(String text) {
        List<String> authors = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        StringBuilder remainder = new StringBuilder();
        Matcher m = FIELD.matcher(text);
        int last = 0;
        while (m.find()) {
            boolean editor = m.group("editor") != null;
            addNames(editor ? m.group("enames") : m.group("anames"), editor ? editors : authors);
            remainder.append(text, last, m.start()).append(' ');
            last = m.end();
        }
        remainder.append(text.substring(last));
        return new Byline(authors, editors, TextNormalizer.line(remainder.toString()));
    }

    private static void addNames(String names, List<String> into) {
        for (String name : NAME_SEPARATOR.split(names)) {
            String n = name.strip();
            if (!n.isEmpty() && !NOT_NAMES.contains(n) && !DATELINE.matcher(n).matches()
                    && !TITLE_WORD.matcher(n).matches() && !into.contains(n)) {
                into.add(n);
            }
        }
    }
}
