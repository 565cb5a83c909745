package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author and editor fields from a byline text: {@code 作者|}, {@code 记者}, {@code 文／},
 * {@code 撰文：}, {@code By}, {@code X im Gespräch mit Y} for authors; {@code 编辑}, {@code 责任编辑},
 * {@code Edited by} for editors. Names are separated by {@code / ／ ∕ 、 , & and}; role words before a
 * name ({@code 记者}) or after it ({@code 编译}) never reach the names. An outlet named before a reporter
 * title ({@code 聯合報 記者…}, the staff credit {@code 眾新聞記者}) is read as the byline's outlet.
 *
 * <p>Thread-safe: immutable once built.
 */
public final class BylineParser {

    private static final String CJK_STOP = "(?![\\p{IsHan}:：|｜?？!！。])";
    private static final String LATIN_NAME = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3}";
    private static final String SEP = "\\s*[|｜:：/／∕]?\\s*";
    private static final String REQUIRED_SEP = "(?:\\s*[|｜:：/／∕]\\s*|\\s+)";
    /** Dateline tails such as {@code 台北报导} or {@code 北京电} are places, not names. */
    private static final Pattern DATELINE = Pattern.compile(".*(?:报道|報道|報導|报导|电|電|讯|訊)$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile(
            "\\s*(?:[/／∕、,，&]|\\s(?:and|und|和|与|與)\\s)\\s*|\\s+(?=\\p{IsHan})");
    /** An outlet name right before a reporter title, at the start of the credit or after a bracket. */
    private static final String OUTLET = "(?:^|[\\s（(〔【\\[])(?<outlet>[\\p{IsHan}\\p{L}\\d·]{2,16}?)\\s?";

    private final Pattern field;
    /**
     * A cheap first look for {@link #field}: every field opens with one of the author or editor words or
     * phrases, so a text holding none has no field (most short lines of an article).
     */
    private final Alternatives leadIns;
    private final Pattern names;
    private final Pattern outlet;
    /** A cheap first look for {@link #outlet}, which ends with a reporter title: the titles. */
    private final Alternatives staffTitles;
    private final Pattern roleSuffix;
    private final Pattern jobTitle;
    private final Set<String> notNames;

    /** A parser of the author and editor markers of {@code rules}; compiles them once. */
    public BylineParser(MetadataRules rules) {
        String role = words(rules.roleSuffixes());
        String cjkName = "\\p{IsHan}{2,4}(?:[·・]\\p{IsHan}{1,8})?" + CJK_STOP;
        // A name with its role word after it ("林远舟编译") ends the list of names.
        String cjkRoleName = "\\p{IsHan}{2,4}(?:[·・]\\p{IsHan}{1,8})?" + role + "(?!\\p{IsHan})";
        String name = "(?:" + cjkName + "|" + LATIN_NAME + ")";
        String listed = "\\s*(?:[/／∕、,，&]|\\s(?:and|und|和|与|與)\\s)\\s*";
        String names = "(?:" + name + "(?:" + listed + name + "|\\s+" + cjkName + ")*(?:(?:" + listed + "|\\s+)"
                + cjkRoleName + ")?|" + cjkRoleName + ")";
        this.field = Pattern.compile("(?<editor>" + words(rules.editorWords()) + REQUIRED_SEP + phrases(rules.editorPhrases())
                + ")(?<enames>" + names + ")|(?<author>" + words(rules.authorWords()) + SEP + phrases(rules.authorPhrases())
                + ")(?<anames>" + names + ")");
        List<String> leadIns = new ArrayList<>(rules.editorWords());
        leadIns.addAll(rules.editorPhrases());
        leadIns.addAll(rules.authorWords());
        leadIns.addAll(rules.authorPhrases());
        this.leadIns = Alternatives.of(leadIns);
        this.staffTitles = Alternatives.of(rules.staffTitles());
        this.names = Pattern.compile(names);
        this.outlet = Pattern.compile(OUTLET + words(rules.staffTitles()));
        this.roleSuffix = Pattern.compile(role + "$");
        this.jobTitle = Pattern.compile("(?i).*\\b" + words(rules.jobTitles()) + "\\b.*");
        this.notNames = Set.copyOf(rules.notNames());
    }

    /** One group of the alternatives {@code words}; none matches nothing. */
    static String words(List<String> words) {
        return words.isEmpty() ? "(?!)" : "(?:" + String.join("|", words) + ")";
    }

    private static String phrases(List<String> phrases) {
        return phrases.isEmpty() ? "" : "|" + String.join("|", phrases);
    }

    /** The author and editor fields of {@code text}, and the outlet its credit names. */
    public Byline parse(String text) {
        List<String> authors = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        StringBuilder remainder = new StringBuilder();
        Matcher m = field.matcher(text);
        int last = 0;
        int firstField = -1;
        boolean mayHoldField = leadIns.foundIn(text);
        while (mayHoldField && m.find()) {
            firstField = firstField < 0 ? m.start() : firstField;
            boolean editor = m.group("editor") != null;
            addNames(editor ? m.group("enames") : m.group("anames"), editor ? editors : authors);
            remainder.append(text, last, m.start()).append(' ');
            last = m.end();
        }
        remainder.append(text.substring(last));
        Optional<String> named = outletOf(text, firstField);
        String rest = named.map(o -> remainder.toString().replaceFirst(Pattern.quote(o), " ")).orElse(remainder.toString());
        return new Byline(authors, editors, TextNormalizer.line(rest), named);
    }

    /**
     * The names of a bare credit such as a byline element's text ({@code Jane Doe and John Roe}): the whole
     * text must be names, else there are none.
     */
    public List<String> bareNames(String text) {
        List<String> out = new ArrayList<>();
        if (names.matcher(text).matches()) {
            addNames(text, out);
        }
        return out;
    }

    /**
     * The outlet named before a reporter title, ahead of every name field, unless it is a word like
     * {@code 本报} ("this paper").
     */
    private Optional<String> outletOf(String text, int firstField) {
        Matcher m = outlet.matcher(text);
        if (!staffTitles.foundIn(text) || !m.find()) {
            return Optional.empty();
        }
        // The title opens the first name field ("聯合報 記者林宸誼") or ends the credit ("眾新聞記者"); a title
        // after a name ("记者 张三 通讯员 李四") or inside a sentence ("以下是记者和…") names no outlet.
        boolean opensField = firstField >= m.start("outlet") && firstField < m.end();
        if (!opensField && !(firstField < 0 && text.substring(m.end()).isBlank())) {
            return Optional.empty();
        }
        String name = m.group("outlet").strip();
        return notNames.contains(name) ? Optional.empty() : Optional.of(name);
    }

    private void addNames(String names, List<String> into) {
        for (String name : NAME_SEPARATOR.split(names)) {
            if (DATELINE.matcher(name.strip()).matches()) {
                continue; // 台北報導 is a place and a role word, not a name
            }
            String n = roleSuffix.matcher(name.strip()).replaceFirst("");
            if (!n.isEmpty() && !notNames.contains(n)
                    && !jobTitle.matcher(n).matches() && !into.contains(n)) {
                into.add(n);
            }
        }
    }
}
