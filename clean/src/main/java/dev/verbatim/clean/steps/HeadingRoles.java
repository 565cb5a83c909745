package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Heading roles that only a line's neighbours reveal, settled after the walk:
 * <ul>
 *   <li>a pull quote: a full sentence set as a heading or bold line between two paragraphs is a
 *       highlighted sentence of the running text, so it is read as a paragraph (a turn goes on over
 *       it);</li>
 *   <li>a crosshead: a short plain {@code <p>} line without end punctuation that titles the longer
 *       text after it (NetEase crossheads, a survey's respondent lines) is read as a plain-text line,
 *       whose heading role the segmenter settles (inside a turn it stays text unless a speaker
 *       follows); a line that is only a section number ({@code 1}) is a heading;</li>
 *   <li>round-up sub-headlines: a run of at least {@value #MIN_ROUND_UP} short lines that are each one
 *       link, each followed by a few paragraphs summarizing it, are headings; a lone link line stays a
 *       (related) link.</li>
 * </ul>
 * List items and table cells never take these roles.
 *
 * <p>Thread-safe and stateless.
 */
final class HeadingRoles {

    /** What a walked line may title. */
    enum Line {
        /** A paragraph line without bold, links or images, outside lists and tables. */
        PLAIN,
        /** A paragraph line that is wholly one link, outside lists and tables. */
        LINK,
        /** Anything else. */
        OTHER
    }

    /** A walked block and what its line may title. */
    record Walked(SourceBlock block, Line line) {
    }

    private static final TextEnding SENTENCE_END = TextEnding.markMaybeClosed(".。!！", "\"'”’」』)）");
    /** End punctuation: a crosshead or sub-headline has none (a question is not a crosshead either). */
    private static final TextEnding TITLE_END = TextEnding.mark("。．.!！?？；;…,，:：、");
    /** A quoted sentence or question also ends a title line. */
    private static final TextEnding QUOTE_END = TextEnding.markSpacedClosed("。．.!！？?", "”\"’』」");
    private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,3}");
    /** A line wholly in brackets is a sound cue or a stage note ({@code [MUSIC PLAYING]}), never a title. */
    private static final Pattern BRACKETED = Pattern.compile("[\\[(（][^\\])）]*[\\])）]");
    private static final int MIN_PULL_QUOTE = 25;
    private static final int MAX_CROSSHEAD = 40;
    /** Shorter plain lines ({@code 推荐}) are labels and widgets, not crossheads. */
    private static final int MIN_CROSSHEAD = 4;
    private static final int MAX_SUBHEAD = 60;
    private static final int MAX_LABEL_LINE = 30;
    private static final int MIN_ROUND_UP = 3;
    /** At most this many summary blocks between two sub-headlines of one round-up. */
    private static final int MAX_SUMMARY = 3;

    private HeadingRoles() {
    }

    /** The blocks of {@code walked} with the roles settled. */
    static List<SourceBlock> assign(List<Walked> walked) {
        Set<Integer> subheads = roundUpSubheads(walked);
        List<SourceBlock> out = new ArrayList<>(walked.size());
        // Crossheads title the body: a kicker or label line above the first sentence is none.
        boolean bodyStarted = false;
        for (int i = 0; i < walked.size(); i++) {
            SourceBlock b = walked.get(i).block();
            if (subheads.contains(i)) {
                b = new SourceBlock(SourceKind.HEADING, b.text(), false, 0, false);
            } else if (isPullQuote(walked, i)) {
                b = b.withKind(SourceKind.PARAGRAPH);
            } else if (bodyStarted && isCrosshead(walked, i)) {
                SourceBlock next = walked.get(i + 1).block();
                b = SECTION_NUMBER.matcher(b.text()).matches() || next.kind() == SourceKind.HEADING
                        ? b.withKind(SourceKind.HEADING) : new SourceBlock(SourceKind.PARAGRAPH, b.text(), true, 0, false);
            }
            bodyStarted |= b.kind() == SourceKind.PARAGRAPH
                    && (length(b.text()) > MAX_CROSSHEAD || endsTitle(b.text()));
            out.add(b);
        }
        return out;
    }

    private static boolean isPullQuote(List<Walked> walked, int i) {
        SourceBlock b = walked.get(i).block();
        return b.kind() == SourceKind.HEADING && length(b.text()) >= MIN_PULL_QUOTE
                && SENTENCE_END.endsIn(b.text()) && kindAt(walked, i - 1) == SourceKind.PARAGRAPH
                && kindAt(walked, i + 1) == SourceKind.PARAGRAPH;
    }

    /**
     * A plain short line titling what follows: a heading (a question, a crosshead) or a longer
     * paragraph. Before a heading it is one of a cluster of title lines and may be longer.
     */
    private static boolean isCrosshead(List<Walked> walked, int i) {
        Walked w = walked.get(i);
        String text = w.block().text();
        if (w.line() != Line.PLAIN || endsTitle(text) || i + 1 >= walked.size()
                || BRACKETED.matcher(text).matches()
                || (length(text) < MIN_CROSSHEAD && !SECTION_NUMBER.matcher(text).matches())) {
            return false;
        }
        SourceBlock next = walked.get(i + 1).block();
        return next.kind() == SourceKind.HEADING && !isLabelLine(next.text()) ? length(text) <= MAX_SUBHEAD
                : next.kind() == SourceKind.PARAGRAPH && length(text) <= MAX_CROSSHEAD && length(next.text()) > length(text);
    }

    /** End punctuation of a sentence, a clause or a question, quoted or not. */
    private static boolean endsTitle(String text) {
        return TITLE_END.endsIn(text) || QUOTE_END.endsIn(text);
    }

    /** A short heading ending in a colon ({@code Ana:}) is a speaker label line, not a title. */
    private static boolean isLabelLine(String text) {
        return length(text) <= MAX_LABEL_LINE && (text.endsWith(":") || text.endsWith("："));
    }

    /** The indexes of link lines that head the sections of a round-up. */
    private static Set<Integer> roundUpSubheads(List<Walked> walked) {
        Set<Integer> out = new HashSet<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < walked.size(); i++) {
            if (!isTitlingLink(walked, i)) {
                continue;
            }
            if (!run.isEmpty() && !onlySummaryBetween(walked, run.get(run.size() - 1), i)) {
                keepRun(run, out);
                run.clear();
            }
            run.add(i);
        }
        keepRun(run, out);
        return out;
    }

    private static void keepRun(List<Integer> run, Set<Integer> out) {
        if (run.size() >= MIN_ROUND_UP) {
            out.addAll(run);
        }
    }

    /** A short link line without end punctuation, followed by a paragraph that is not a link. */
    private static boolean isTitlingLink(List<Walked> walked, int i) {
        Walked w = walked.get(i);
        String text = w.block().text();
        return w.line() == Line.LINK && length(text) <= MAX_SUBHEAD && !endsTitle(text)
                && i + 1 < walked.size() && isSummary(walked.get(i + 1));
    }

    private static boolean onlySummaryBetween(List<Walked> walked, int from, int to) {
        if (to - from - 1 > MAX_SUMMARY) {
            return false;
        }
        for (int j = from + 1; j < to; j++) {
            if (!isSummary(walked.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSummary(Walked w) {
        return w.block().kind() == SourceKind.PARAGRAPH && w.line() != Line.LINK;
    }

    private static SourceKind kindAt(List<Walked> walked, int i) {
        return i < 0 || i >= walked.size() ? null : walked.get(i).block().kind();
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
