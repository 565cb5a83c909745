package dev.verbatim.clean.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * When a label before a colon is a speaker; see {@code rules-default.yaml} for each key's meaning and unit.
 *
 * @param minLabelChars       shortest Chinese speaker label, in characters
 * @param maxLabelChars       longest Chinese speaker label, in characters
 * @param maxLatinLabelChars  longest Latin-script speaker label, in characters
 * @param qaMarkers           labels that are Q&amp;A markers, speakers even when they occur once
 * @param notSpeakers         regular expressions; a label starting with one is never a speaker
 * @param minLabelRepeats     how often a label must occur to be a speaker
 * @param minSpeakers         fewest speakers for a page to be segmented into turns
 * @param hostQuestionShare   the host is the speaker with the largest share of turns ending in a question, above this
 * @param hostWords           role words of the asking side, as a label or before a name ({@code 主持人}, {@code 问})
 * @param guestWords          role words of the answering side ({@code 嘉宾}, {@code 答})
 * @param honorifics          words before a surname that make a short form of a full name ({@code Mr}, {@code Frau})
 * @param labelDefinitions    regular expressions with a group {@code label}: a lede defining a label ({@code 以下简称NBD})
 * @param editorNotes         regular expressions; an unlabelled paragraph holding one is an editor's note, not speech
 * @param notSpeech           regular expressions; a label whose text starts with one is no speaker (contact lines)
 */
public record SpeakerRules(
        @JsonProperty("min_label_chars") int minLabelChars,
        @JsonProperty("max_label_chars") int maxLabelChars,
        @JsonProperty("max_latin_label_chars") int maxLatinLabelChars,
        @JsonProperty("qa_markers") List<String> qaMarkers,
        @JsonProperty("not_speakers") List<String> notSpeakers,
        @JsonProperty("min_label_repeats") int minLabelRepeats,
        @JsonProperty("min_speakers") int minSpeakers,
        @JsonProperty("host_question_share") double hostQuestionShare,
        @JsonProperty("host_words") List<String> hostWords,
        @JsonProperty("guest_words") List<String> guestWords,
        @JsonProperty("honorifics") List<String> honorifics,
        @JsonProperty("label_definitions") List<String> labelDefinitions,
        @JsonProperty("editor_notes") List<String> editorNotes,
        @JsonProperty("not_speech") List<String> notSpeech) {

    public SpeakerRules {
        RuleChecks.atLeast("speakers.min_label_chars", minLabelChars, 1);
        RuleChecks.atLeast("speakers.max_label_chars", maxLabelChars, 1);
        RuleChecks.atLeast("speakers.max_latin_label_chars", maxLatinLabelChars, 1);
        qaMarkers = RuleChecks.words("speakers.qa_markers", qaMarkers);
        notSpeakers = RuleChecks.regexes("speakers.not_speakers", notSpeakers);
        RuleChecks.atLeast("speakers.min_label_repeats", minLabelRepeats, 1);
        RuleChecks.atLeast("speakers.min_speakers", minSpeakers, 1);
        RuleChecks.fraction("speakers.host_question_share", hostQuestionShare);
        hostWords = RuleChecks.words("speakers.host_words", hostWords);
        guestWords = RuleChecks.words("speakers.guest_words", guestWords);
        honorifics = RuleChecks.words("speakers.honorifics", honorifics);
        labelDefinitions = RuleChecks.regexes("speakers.label_definitions", labelDefinitions);
        editorNotes = RuleChecks.regexes("speakers.editor_notes", editorNotes);
        notSpeech = RuleChecks.regexes("speakers.not_speech", notSpeech);
        for (String definition : labelDefinitions) {
            if (!definition.contains("(?<label>")) {
                throw new IllegalArgumentException("speakers.label_definitions: '" + definition
                        + "' has no group (?<label>...)");
            }
        }
    }
}
