package dev.verbatim.clean.steps;

import dev.verbatim.model.Block;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Segments source blocks into headings, paragraphs, captions and speaker turns. A candidate
 * label is a speaker only when it recurs on the page (Q&A markers always are) and the page has at
 * least two speakers; see {@link SpeakerChoice}. A turn runs over the following unlabelled
 * paragraphs, joined with {@code \n}, until the next label or heading, or a paragraph that is
 * narration: one naming the current speaker in the third person, an editor's aside or note on the
 * text ({@code This interview has been edited…}), or a sound cue set apart ({@code [MUSIC PLAYING]}).
 * A sentence of the answer set off as a heading stays in the turn. Once a question has been
 * labelled, an unlabelled, wholly bold paragraph followed by an answer is a question of the same
 * asker. A speaker's bare name on its own line starts their turn, and an unlabelled copy of a
 * labelled utterance (a player widget's transcript) is dropped. A page where fewer than two speakers
 * get a word in has no turns. On plain-text pages, a short line that ends no sentence is a heading.
 *
 * <p>Thread-safe: immutable once built.
 */
public final class TurnSegmenter {

    private static final TextEnding HEADING_END = TextEnding.mark("。．.!！；;…,，:：、");
    private static final TextEnding QUOTE_END = TextEnding.markSpacedClosed("。．.!！？?", "”\"’』」");
    private static final TextEnding SENTENCE_END = TextEnding.markMaybeClosed("。.!！?？", "”\"’』」)）");
    private static final Pattern ASIDE = Pattern.compile(
            "^(?:[（(\\[【].*[)）\\]】]$|[（(\\[【]?(?:编者按|編者按|编者注|編者註|编者的话|編者的話|(?i:editor'?s note)))",
            Pattern.DOTALL);
    /** A sound cue alone in its paragraph, {@code [MUSIC PLAYING]}: a paragraph of a transcript, never a heading. */
    private static final Pattern SOUND_CUE = Pattern.compile("[\\[(（【][^\\]）)】\\[(（【]{1,40}[\\])）】]");
    private static final int MIN_HEADING = 2;
    private static final int MAX_HEADING = 40;
    /** Fewest words (or Han characters) of a sentence of the answer set off as a heading. */
    private static final int MIN_SET_OFF_SENTENCE = 8;

    /** Shortest labelled text, in characters, whose unlabelled copy elsewhere on the page is a duplicate. */
    private static final int MIN_DUPLICATE = 40;

    private final LabelParser labels;
    private final SpeakerChoice choice;
    private final Pattern editorNote;
    private final int minSpeakers;

    /** A segmenter with the speaker thresholds of {@code rules}; compiles its patterns once. */
    public TurnSegmenter(SpeakerRules rules) {
        this.labels = new LabelParser(rules);
        this.choice = new SpeakerChoice(rules, labels);
        this.minSpeakers = rules.minSpeakers();
        this.editorNote = Pattern.compile(rules.editorNotes().isEmpty() ? "(?!)" : String.join("|", rules.editorNotes()));
    }

    /** The blocks of a page; {@code blocks} are already filtered and stripped of metadata. */
    public Segmentation segment(List<SourceBlock> blocks) {
        List<Optional<LabelMatch>> matches = blocks.stream().map(this::label).toList();
        SpeakerChoice.Speakers speakers = choice.choose(matches, blocks);
        Builder out = build(new Page(blocks, matches, speakers));
        if (!out.order.isEmpty() && out.order.size() < minSpeakers) {
            // The other speakers never got a word in: these were field labels, not a conversation.
            out = build(new Page(blocks, matches, SpeakerChoice.Speakers.NONE));
        }
        return new Segmentation(out.blocks, out.order, out.order.isEmpty() ? Map.of() : speakers.roleWords());
    }

    private Builder build(Page page) {
        Builder out = new Builder();
        boolean asked = false;
        for (int i = 0; i < page.blocks.size(); i++) {
            SourceBlock b = page.blocks.get(i);
            Optional<String> label = b.kind() == SourceKind.CAPTION ? page.turnLabels.get(i)
                    : page.turnLabels.get(i).or(() -> page.speakers.named(b.text()));
            if (label.isEmpty() && page.spoken.contains(b.text())) {
                continue; // an unlabelled copy of a labelled utterance (a player widget's transcript)
            }
            if (label.isPresent()) {
                out.startTurn(label.get(), page.matches.get(i).map(LabelMatch::rest).orElse(""));
                asked |= label.get().equals(page.asker);
            } else if (asked && isBoldQuestion(b) && answerFollows(page.turnLabels, i + 1, page.asker)) {
                out.startTurn(page.asker, b.text());
            } else {
                placeUnlabelled(out, page, i);
            }
        }
        out.flush();
        return out;
    }

    /** Places block {@code i}, which has no label, as a caption, heading, paragraph or part of the open turn. */
    private void placeUnlabelled(Builder out, Page page, int i) {
        SourceBlock b = page.blocks.get(i);
        if (b.kind() == SourceKind.CAPTION) {
            out.standalone(Block.caption(b.text()));
        } else if (!out.awaitsText() && !page.speakers.roles().isEmpty() && (SOUND_CUE.matcher(b.text()).matches()
                || (out.inTurn() && editorNote.matcher(b.text()).find()))) {
            out.standalone(Block.paragraph(b.text()));
        } else if (out.inTurn() && !out.awaitsText() && isSetOffSentence(b)
                && continuesAfter(page.turnLabels, page.blocks, i)) {
            out.append(b.text());
        } else if (b.kind() == SourceKind.HEADING || (b.plain() && isHeadingLine(b.text()) && !out.awaitsText()
                && (!out.inTurn() || labelAt(page.turnLabels, i + 1)))) {
            out.standalone(Block.heading(b.text()));
        } else if (out.continues(b.text())) {
            out.append(b.text());
        } else {
            out.standalone(Block.paragraph(b.text()));
        }
    }

    /** One page as the segmenter sees it: blocks, candidate labels, speakers and what follows from them. */
    private static final class Page {
        private final List<SourceBlock> blocks;
        private final List<Optional<LabelMatch>> matches;
        private final SpeakerChoice.Speakers speakers;
        private final List<Optional<String>> turnLabels;
        private final String asker;
        private final Set<String> spoken;

        Page(List<SourceBlock> blocks, List<Optional<LabelMatch>> matches, SpeakerChoice.Speakers speakers) {
            this.blocks = blocks;
            this.matches = matches;
            this.speakers = speakers;
            this.turnLabels = matches.stream().map(m -> m.map(speakers::canonical).filter(speakers::contains)).toList();
            this.asker = speakers.asker(turnLabels, blocks);
            this.spoken = spokenTexts(matches, turnLabels);
        }
    }

    /** The texts of labelled turns long enough that an unlabelled copy of one is a duplicate. */
    private static Set<String> spokenTexts(List<Optional<LabelMatch>> matches, List<Optional<String>> turnLabels) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < matches.size(); i++) {
            if (turnLabels.get(i).isPresent()) {
                matches.get(i).map(LabelMatch::rest).filter(r -> r.length() >= MIN_DUPLICATE).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The candidate label of a block; captions have none unless they are a label alone. A heading tag is a heading even with a colon
     * ({@code <h3>Precht: Das Auto wird verschwinden</h3>}) unless it is a whole sentence, as a question set
     * as a heading is ({@code <h4>Q: How do you plan your day?</h4>}), or a Q&amp;A marker leads it.
     */
    private Optional<LabelMatch> label(SourceBlock b) {
        if (b.kind() == SourceKind.CAPTION) {
            // A label set alone next to a picture reads like its caption ("Sunshine:" under a photo); nothing else does.
            return b.text().endsWith(":") || b.text().endsWith("：")
                    ? labels.parse(b.text()).filter(m -> m.rest().isEmpty()) : Optional.empty();
        }
        Optional<LabelMatch> m = labels.parse(b.text());
        return b.isHeadingTag() ? m.filter(l -> l.rest().isEmpty() || SENTENCE_END.endsIn(l.rest())
                || labels.isQaMarker(l.label())) : m;
    }

    private static boolean isBoldQuestion(SourceBlock b) {
        return b.boldWhole() && !b.plain() && !ASIDE.matcher(b.text()).find();
    }

    private static boolean answerFollows(List<Optional<String>> turnLabels, int i, String asker) {
        return i < turnLabels.size() && turnLabels.get(i).filter(l -> !l.equals(asker)).isPresent();
    }

    private static boolean labelAt(List<Optional<String>> turnLabels, int i) {
        return i < turnLabels.size() && turnLabels.get(i).isPresent();
    }

    /** A full sentence set off as a heading or bold line: a highlight of the running answer. */
    private static boolean isSetOffSentence(SourceBlock b) {
        if (b.kind() != SourceKind.HEADING || b.plain() || !SENTENCE_END.endsIn(b.text())) {
            return false;
        }
        long han = b.text().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han >= MIN_SET_OFF_SENTENCE * 2 || b.text().split("\\s+").length >= MIN_SET_OFF_SENTENCE;
    }

    /** True when the block after {@code i} goes on with the same answer: unlabelled body text. */
    private static boolean continuesAfter(List<Optional<String>> turnLabels, List<SourceBlock> blocks, int i) {
        return i + 1 < blocks.size() && turnLabels.get(i + 1).isEmpty()
                && blocks.get(i + 1).kind() == SourceKind.PARAGRAPH && !blocks.get(i + 1).boldWhole();
    }

    static boolean isHeadingLine(String text) {
        int len = text.codePointCount(0, text.length());
        return len >= MIN_HEADING && len <= MAX_HEADING && text.indexOf('。') < 0 && !HEADING_END.endsIn(text) && !QUOTE_END.endsIn(text);
    }

    /** Accumulates blocks and the open turn. */
    private static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> order = new ArrayList<>();
        private final StringBuilder turn = new StringBuilder();
        private String speaker = "";

        void startTurn(String label, String rest) {
            flush();
            speaker = label;
            turn.append(rest);
        }

        boolean inTurn() {
            return !speaker.isEmpty();
        }

        boolean awaitsText() {
            return !speaker.isEmpty() && turn.length() == 0;
        }

        boolean continues(String text) {
            if (speaker.isEmpty()) {
                return false;
            }
            return turn.length() == 0 || !(ASIDE.matcher(text).find() || namesSpeaker(text));
        }

        private boolean namesSpeaker(String text) {
            if (text.contains(speaker)) {
                return true;
            }
            int space = speaker.lastIndexOf(' ');
            return space > 0 && speaker.length() - space > 3 && text.contains(speaker.substring(space + 1));
        }

        void append(String text) {
            if (turn.length() > 0) {
                turn.append('\n');
            }
            turn.append(text);
        }

        void standalone(Block block) {
            flush();
            blocks.add(block);
        }

        void flush() {
            if (!speaker.isEmpty() && !turn.toString().isBlank()) {
                blocks.add(Block.turn(speaker, turn.toString().strip()));
                if (!order.contains(speaker)) {
                    order.add(speaker);
                }
            }
            speaker = "";
            turn.setLength(0);
        }
    }
}
