package dev.verbatim.clean.steps;

import dev.verbatim.model.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Segments source blocks into headings, paragraphs, captions and speaker turns. A candidate
 * label is a speaker only when it recurs on the page (Q&A markers always are) and the page has at
 * least two speakers. A turn runs over the following unlabelled paragraphs, joined with
 * {@code \n}, until the next label or heading, or a paragraph that is narration: one naming the
 * current speaker in the third person, or an editor's aside. On plain-text pages, a short line
 * that ends no sentence is a heading.
 *
 * <p>Thread-safe: immutable once built.
 */
public final class TurnSegmenter {

    private static final Pattern HEADING_END = Pattern.compile("[。．.!！；;…,，:：、]$|[。．.!！？?]\\s*[”\"’』」]$");
    private static final Pattern ASIDE = Pattern.compile(
            "^(?:[（(\\[【].*[)）\\]】]$|[（(\\[【]?(?:编者按|編者按|编者注|編者註|编者的话|編者的話|(?i:editor'?s note)))",
            Pattern.DOTALL);
    private static final Pattern ROLE_PREFIX = Pattern.compile("(?:主持人|记者|記者|嘉宾|嘉賓|主播|Host|Moderator)\\s*");
    private static final Pattern ROLE_LABEL = Pattern.compile(
            "主持人|记者|記者|嘉宾|嘉賓|主播|Host|HOST|Interviewer|Moderator|Guest");
    private static final int MIN_HEADING = 2;
    private static final int MAX_HEADING = 40;

    private final SpeakerRules rules;
    private final LabelParser labels;
    private final Pattern notASpeaker;

    /** A segmenter with the speaker thresholds of {@code rules}; compiles its patterns once. */
    public TurnSegmenter(SpeakerRules rules) {
        this.rules = rules;
        this.labels = new LabelParser(rules);
        this.notASpeaker = Pattern.compile(rules.notSpeakers().isEmpty() ? "(?!)"
                : "^(?:" + String.join("|", rules.notSpeakers()) + ")");
    }

    /** The blocks of a page; {@code blocks} are already filtered and stripped of metadata. */
    public Segmentation segment(List<SourceBlock> blocks) {
        List<Optional<LabelMatch>> matches = blocks.stream()
                .map(b -> b.kind() == SourceKind.CAPTION ? Optional.<LabelMatch>empty()
                        : labels.parse(b.text()).filter(m -> !b.isHeadingTag() || m.rest().isEmpty()))
                .toList();
        Map<String, String> speakers = speakers(matches, blocks);
        Builder out = new Builder();
        for (int i = 0; i < blocks.size(); i++) {
            SourceBlock b = blocks.get(i);
            Optional<LabelMatch> label = matches.get(i).filter(m -> speakers.containsKey(canonical(m, speakers)));
            if (label.isPresent()) {
                out.startTurn(canonical(label.get(), speakers), label.get().rest());
            } else if (b.kind() == SourceKind.CAPTION) {
                out.standalone(Block.caption(b.text()));
            } else if (b.kind() == SourceKind.HEADING || (b.plain() && isHeadingLine(b.text()) && !out.awaitsText()
                    && (!out.inTurn() || nextIsSpeaker(matches, speakers, i + 1)))) {
                out.standalone(Block.heading(b.text()));
            } else if (out.continues(b.text())) {
                out.append(b.text());
            } else {
                out.standalone(Block.paragraph(b.text()));
            }
        }
        out.flush();
        Map<String, String> roles = new HashMap<>();
        speakers.forEach((label, role) -> {
            if (!role.isEmpty()) {
                roles.put(label, role);
            }
        });
        return new Segmentation(out.blocks, out.order, roles);
    }

    private static boolean nextIsSpeaker(List<Optional<LabelMatch>> matches, Map<String, String> speakers, int i) {
        return i < matches.size() && matches.get(i).filter(m -> speakers.containsKey(canonical(m, speakers))).isPresent();
    }

    /** The label a match stands for: {@code 伊利亚·苏茨克维} or {@code 主持人王芳} stand for a short form. */
    private static String canonical(LabelMatch m, Map<String, String> speakers) {
        return canonical(m.label(), speakers.keySet());
    }

    private static String canonical(String label, Set<String> labels) {
        for (String shortForm : labels) {
            if (label.length() > shortForm.length() && label.endsWith(shortForm)) {
                String head = label.substring(0, label.length() - shortForm.length());
                if (head.endsWith("·") || head.endsWith("・") || head.endsWith(" ") || ROLE_PREFIX.matcher(head).matches()) {
                    return shortForm;
                }
            }
        }
        return label;
    }

    /** The speaker labels of the page with their role words, in order of first appearance. */
    private Map<String, String> speakers(List<Optional<LabelMatch>> matches, List<SourceBlock> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        for (Optional<LabelMatch> m : matches) {
            if (m.isPresent() && !notASpeaker.matcher(m.get().label()).find()) {
                counts.merge(m.get().label(), 1, Integer::sum);
                roles.merge(m.get().label(), m.get().role(), (a, b) -> a.isEmpty() ? b : a);
            }
        }
        Map<String, String> merged = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : roles.entrySet()) {
            String shortForm = canonical(e.getKey(), roles.keySet());
            if (!shortForm.equals(e.getKey())) {
                counts.merge(shortForm, counts.get(e.getKey()), Integer::sum);
                String role = e.getValue().isEmpty() ? roleWord(e.getKey(), shortForm) : e.getValue();
                merged.merge(shortForm, role, (a, b) -> a.isEmpty() ? b : a);
            }
        }
        Set<String> strong = strongLabels(matches, blocks);
        boolean anyRecurring = roles.keySet().stream().anyMatch(l -> counts.get(l) >= rules.minLabelRepeats());
        Map<String, String> recurring = new LinkedHashMap<>();
        roles.forEach((label, role) -> {
            boolean once = anyRecurring && (strong.contains(label) || ROLE_LABEL.matcher(label).matches());
            if (canonical(label, roles.keySet()).equals(label)
                    && (counts.get(label) >= rules.minLabelRepeats() || labels.isQaMarker(label) || once)) {
                String alias = merged.getOrDefault(label, "");
                recurring.put(label, role.isEmpty() ? alias : role);
            }
        });
        return recurring.size() >= rules.minSpeakers() ? recurring : Map.of();
    }

    /**
     * Labels set in bold, {@code <strong>Name:</strong>} before text or alone in its paragraph: speakers even
     * when used once.
     */
    private static Set<String> strongLabels(List<Optional<LabelMatch>> matches, List<SourceBlock> blocks) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            SourceBlock b = blocks.get(i);
            boolean ledByBold = b.boldLead() && b.kind() == SourceKind.PARAGRAPH;
            boolean boldAlone = b.kind() == SourceKind.HEADING && !b.plain();
            matches.get(i).filter(m -> ledByBold ? !m.rest().isEmpty() : boldAlone && m.rest().isEmpty())
                    .ifPresent(m -> out.add(m.label()));
        }
        return out;
    }

    private static String roleWord(String longForm, String shortForm) {
        String head = longForm.substring(0, longForm.length() - shortForm.length()).strip();
        return ROLE_PREFIX.matcher(head).matches() ? head : "";
    }

    static boolean isHeadingLine(String text) {
        int len = text.codePointCount(0, text.length());
        return len >= MIN_HEADING && len <= MAX_HEADING && text.indexOf('。') < 0 && !HEADING_END.matcher(text).find();
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
            if (!order.contains(label)) {
                order.add(label);
            }
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
            }
            speaker = "";
            turn.setLength(0);
        }
    }
}
