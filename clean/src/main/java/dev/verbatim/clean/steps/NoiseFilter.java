package dev.verbatim.clean.steps;

import dev.verbatim.model.Removal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops blocks that are not article text: SEO keyword stuffing, breadcrumbs, link lists,
 * disclaimers and copyright notices, share and follow prompts, and everything from a comment
 * section heading on, and a caption repeated word for word (a gallery echoing the inline image).
 * Works block by block; it never drops the page as a whole.
 *
 * <p>Thread-safe: immutable once built; its patterns are compiled in the constructor.
 */
public final class NoiseFilter {

    /**
     * A line that is nothing but a spelled-out web address: a link the author cites in the text,
     * whereas navigation links carry titles or labels.
     */
    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?i)(?:https?://\\S+|www\\.\\S+|[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}(?:/\\S*)?)");
    /** The removal reason of calls to action, appeals and promo boxes. */
    private static final String ACTION = "action";
    private static final String SENTENCE_MARKS = "。！？!?；;，,";
    private static final Pattern CLAUSE_PUNCT = Pattern.compile("[。！；，,]");
    private static final ScreenedPattern BREADCRUMB_LEAD = ScreenedPattern.compile(
            "^\\p{IsHan}{0,6}位置\\s*[:：]|^(?i:you are here)\\s*:");
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s[>›»/?→＞|]\\s|\\s?[>›»→＞]\\s?");
    private static final ScreenedPattern BREADCRUMB_HOME = ScreenedPattern.compile("(?:首页|首頁|主页|主頁|Home)\\s*[>›»/?→＞|]|[>›»/?→＞|]\\s*正文$");
    private static final Pattern BRACKETED_BUTTONS = Pattern.compile("^(?:[【\\[][^】\\]]{1,8}[】\\]]\\s*)+$");
    private static final Pattern END_MARK = Pattern.compile("^[-—－–=\\s]*[（(\\[【]?\\s*(?:完|全文完|本文完|END|End|end|THE END)\\s*[)）\\]】]?[-—－–=\\s]*$");

    private final SpamRules spam;
    private final BoilerplateRules rules;
    /** The separators of keyword stuffing, as a set of code points. */
    private final BitSet stuffingSeparators;
    private final Alternatives disclaimer;
    private final Alternatives prompt;
    private final Pattern widgetLabel;
    private final Alternatives commentHeading;
    /** Calls to action that a cheap search for their text or characters screens. */
    private final Alternatives action;
    /** The other calls to action as one pattern: one scan per block. */
    private final Optional<Pattern> actionScan;
    private final Pattern screenReaderLabel;

    /** A filter with the given spam thresholds and boilerplate rules; compiles their patterns once. */
    public NoiseFilter(SpamRules spam, BoilerplateRules rules) {
        this.spam = spam;
        this.rules = rules;
        this.stuffingSeparators = new BitSet();
        spam.separators().codePoints().forEach(stuffingSeparators::set);
        this.disclaimer = Alternatives.of(rules.disclaimerPatterns());
        this.prompt = Alternatives.of(rules.promptPatterns());
        this.widgetLabel = Pattern.compile(rules.widgetLabels().isEmpty() ? "(?!)"
                : "(?i)" + String.join("|", rules.widgetLabels()));
        this.commentHeading = Alternatives.of(rules.commentHeadingPatterns());
        List<String> screened = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        for (String p : rules.actionPatterns()) {
            (RegexScreen.of(p).isPresent() ? screened : scanned).add(p);
        }
        this.action = Alternatives.of(screened);
        this.actionScan = scanned.isEmpty() ? Optional.empty()
                : Optional.of(Pattern.compile("(?:" + String.join("|", scanned) + ")"));
        this.screenReaderLabel = Pattern.compile(rules.screenReaderLabels().isEmpty() ? "(?!)"
                : "^(?:" + String.join("|", rules.screenReaderLabels()) + ")\\s*[,:：]?\\s*");
    }

    /** The blocks that are article text, and one removal per dropped block; rules match the blocks as given. */
    public Filtered filter(List<SourceBlock> blocks) {
        return filter(blocks, blocks.stream().map(SourceBlock::text).toList());
    }

    /**
     * The blocks that are article text, matching the rules against {@code simplified}, the Simplified
     * form of each block, so that Traditional and mixed pages meet the same rules.
     */
    public Filtered filter(List<SourceBlock> blocks, List<String> simplified) {
        List<Optional<String>> reasons = reasons(blocks, simplified);
        List<SourceBlock> kept = new ArrayList<>();
        List<String> keptKeys = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Optional<String> reason = reasons.get(i);
            if (reason.isPresent()) {
                removed.add(new Removal(reason.get(), blocks.get(i).text().length()));
                continue;
            }
            Optional<String> label = screenReaderLabel(simplified.get(i));
            if (label.isPresent()) {
                removed.add(new Removal("screen-reader", label.get().length()));
            }
            int cut = label.map(String::length).orElse(0);
            kept.add(cut == 0 ? blocks.get(i) : blocks.get(i).withText(cutLead(blocks.get(i).text(), simplified.get(i), cut)));
            keptKeys.add(simplified.get(i).substring(cut));
        }
        return new Filtered(kept, keptKeys, removed);
    }

    /** Why each block is noise, or empty; a comment heading takes every block after it along. */
    private List<Optional<String>> reasons(List<SourceBlock> blocks, List<String> simplified) {
        List<Optional<String>> reasons = new ArrayList<>(blocks.size());
        Set<String> captions = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            SourceBlock b = blocks.get(i).withText(simplified.get(i));
            if (b.text().length() <= rules.commentHeadingMaxChars() && commentHeading.startsIn(b.text())
                    && isTail(blocks, i)) {
                while (reasons.size() < blocks.size()) {
                    reasons.add(Optional.of("comments"));
                }
                break;
            }
            Optional<String> reason = noiseReason(b);
            if (reason.isEmpty() && b.kind() == SourceKind.CAPTION && captions.contains(b.text())) {
                reason = Optional.of("duplicate-caption");
            }
            if (b.kind() == SourceKind.CAPTION) {
                captions.add(b.text());
            }
            reasons.add(reason);
        }
        headingsOfActionBoxes(blocks, reasons);
        return reasons;
    }

    /** A heading right above a call to action or an appeal heads that box, and goes with it. */
    private static void headingsOfActionBoxes(List<SourceBlock> blocks, List<Optional<String>> reasons) {
        for (int i = reasons.size() - 2; i >= 0; i--) {
            if (reasons.get(i).isEmpty() && blocks.get(i).kind() == SourceKind.HEADING
                    && reasons.get(i + 1).filter(ACTION::equals).isPresent()) {
                reasons.set(i, Optional.of(ACTION));
            }
        }
    }

    /** The screen-reader label ({@code Media caption}) that opens {@code text}, if the block holds more than it. */
    private Optional<String> screenReaderLabel(String text) {
        Matcher m = screenReaderLabel.matcher(text);
        return m.lookingAt() && m.end() < text.length() ? Optional.of(text.substring(0, m.end())) : Optional.empty();
    }

    /** {@code text} without the lead that is {@code cut} characters of its Simplified form (conversion keeps lengths). */
    private static String cutLead(String text, String simplified, int cut) {
        return text.length() == simplified.length() ? text.substring(cut) : simplified.substring(cut);
    }

    /**
     * True when enough article text precedes block {@code i} for it to open a comment section: as much text as
     * follows it, or a few sentences. A comment tab above the article is not one.
     */
    private boolean isTail(List<SourceBlock> blocks, int i) {
        int before = 0;
        int after = 0;
        for (int j = 0; j < blocks.size(); j++) {
            int n = blocks.get(j).text().length();
            before += j < i ? n : 0;
            after += j > i ? n : 0;
        }
        return before >= Math.min(after, rules.minArticleBeforeComments());
    }

    /** Why {@code b} is noise, or empty when it is article text. */
    Optional<String> noiseReason(SourceBlock b) {
        String t = b.text();
        if (isKeywordStuffing(t) || isSpacedStuffing(t)) {
            return Optional.of("spam");
        }
        if (isBreadcrumb(t)) {
            return Optional.of("breadcrumb");
        }
        if (t.length() <= rules.disclaimerMaxChars() && disclaimer.foundIn(t)) {
            return Optional.of("disclaimer");
        }
        if (t.length() <= rules.actionMaxChars()
                && (action.foundIn(t) || actionScan.filter(p -> p.matcher(t).find()).isPresent())) {
            return Optional.of(ACTION);
        }
        if (t.length() <= rules.promptMaxChars() && (prompt.startsIn(t) || END_MARK.matcher(t).matches()
                || BRACKETED_BUTTONS.matcher(t).matches() || widgetLabel.matcher(t).matches())) {
            return Optional.of("boilerplate");
        }
        if (b.linkDensity() >= rules.navigationLinkDensity() && b.kind() != SourceKind.CAPTION
                && t.length() <= rules.navigationMaxChars()
                && !WEB_ADDRESS.matcher(t).matches()) {
            return Optional.of("navigation");
        }
        return Optional.empty();
    }

    /** Many short phrases on repeated separators with almost no sentence punctuation. */
    boolean isKeywordStuffing(String t) {
        int separators = countSeparators(t);
        if (separators < spam.minSeparators()) {
            return false;
        }
        if (ScriptConverter.containsKana(t)) {
            // Japanese writes its ordinary comma as 、: there it separates clauses, not keywords.
            separators -= count(t, '、');
            if (separators < spam.minSeparators()) {
                return false;
            }
        }
        int punct = sentencePunctuation(t);
        double avgPhrase = t.length() / (double) (separators + 1);
        return punct * spam.separatorsPerPunct() <= separators && avgPhrase <= spam.maxPhraseChars();
    }

    /** Keywords separated only by spaces: many short tokens, mostly Han, and no punctuation at all. */
    boolean isSpacedStuffing(String t) {
        if (!hasAtLeast(t, ' ', spam.minSpacedTokens() - 1) || hasSentencePunctuation(t)) {
            return false; // split(" ") cannot give enough tokens, or there is punctuation
        }
        String[] tokens = t.split(" ");
        if (tokens.length < spam.minSpacedTokens()) {
            return false;
        }
        int han = 0;
        for (String token : tokens) {
            if (token.length() > spam.maxSpacedTokenChars()) {
                return false;
            }
            han += ScriptConverter.containsHan(token) ? 1 : 0;
        }
        return han * 100 >= tokens.length * spam.minHanTokenPercent();
    }

    boolean isBreadcrumb(String t) {
        if (t.length() > rules.breadcrumbMaxChars()) {
            return false;
        }
        if (BREADCRUMB_LEAD.find(t)) {
            return true;
        }
        return BREADCRUMB_HOME.find(t) && count(BREADCRUMB_SEPARATOR.matcher(t)) >= 1
                && count(CLAUSE_PUNCT.matcher(t)) == 0;
    }

    private int countSeparators(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            n += stuffingSeparators.get(c) ? 1 : 0;
            i += Character.charCount(c);
        }
        return n;
    }

    /**
     * Sentence punctuation marks in {@code t}: each of {@code 。！？!?；;，,}, and a full stop followed
     * by whitespace or the end.
     */
    static int sentencePunctuation(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            n += isSentenceMark(t, i) ? 1 : 0;
        }
        return n;
    }

    /** Whether {@code t} holds a sentence punctuation mark: as {@code sentencePunctuation(t) > 0}, stopping at the first. */
    static boolean hasSentencePunctuation(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (isSentenceMark(t, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentenceMark(String t, int i) {
        char c = t.charAt(i);
        return SENTENCE_MARKS.indexOf(c) >= 0
                || (c == '.' && (i + 1 == t.length() || TextNormalizer.isRegexSpace(t.charAt(i + 1))));
    }

    /** Whether {@code t} holds {@code c} at least {@code n} times: as {@code count(t, c) >= n}, stopping there. */
    private static boolean hasAtLeast(String t, char c, int n) {
        int seen = 0;
        for (int i = t.indexOf(c); i >= 0 && seen < n; i = t.indexOf(c, i + 1)) {
            seen++;
        }
        return seen >= n;
    }

    private static int count(String t, char c) {
        int n = 0;
        for (int i = t.indexOf(c); i >= 0; i = t.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
