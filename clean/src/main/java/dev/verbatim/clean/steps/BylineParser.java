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
 * <p>Thread-safe: immutable once built.
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
    private static final Pattern NAME_SEPARATOR = Pattern.compile(
            "\\s*(?:[/／∕、,，&]|\\s(?:and|和|与|與)\\s)\\s*|\\s+(?=\\p{IsHan})");

    private final Pattern field;
    private final Set<String> notNames;

    /** A parser of the author and editor markers of {@code rules}; compiles them once. */
    public BylineParser(MetadataRules rules) {
        this.field = Pattern.compile("(?<editor>" + words(rules.editorWords()) + REQUIRED_SEP + phrases(rules.editorPhrases())
                + ")(?<enames>" + NAMES + ")|(?<author>" + words(rules.authorWords()) + SEP + phrases(rules.authorPhrases())
                + ")(?<anames>" + NAMES + ")");
        this.notNames = Set.copyOf(rules.notNames());
    }

    /** One group of the alternatives {@code words}; none matches nothing. */
    static String words(List<String> words) {
        return words.isEmpty() ? "(?!)" : "(?:" + String.join("|", words) + ")";
    }

    private static String phrases(List<String> phrases) {
        return phrases.isEmpty() ? "" : "|" + String.join("|", phrases);
    }

    /** The author and editor fields of {@code text}. */
    public Byline parse(String text) {
        List<String> authors = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        StringBuilder remainder = new StringBuilder();
        Matcher m = field.matcher(text);
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

    private void addNames(String names, List<String> into) {
        for (String name : NAME_SEPARATOR.split(names)) {
            String n = name.strip();
            if (!n.isEmpty() && !notNames.contains(n) && !DATELINE.matcher(n).matches()
                    && !TITLE_WORD.matcher(n).matches() && !into.contains(n)) {
                into.add(n);
            }
        }
    }
}
