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
 */
public record SpeakerRules(
        @JsonProperty("min_label_chars") int minLabelChars,
        @JsonProperty("max_label_chars") int maxLabelChars,
        @JsonProperty("max_latin_label_chars") int maxLatinLabelChars,
        @JsonProperty("qa_markers") List<String> qaMarkers,
        @JsonProperty("not_speakers") List<String> notSpeakers,
        @JsonProperty("min_label_repeats") int minLabelRepeats,
        @JsonProperty("min_speakers") int minSpeakers,
        @JsonProperty("host_question_share") double hostQuestionShare) {

    public SpeakerRules {
        RuleChecks.atLeast("speakers.min_label_chars", minLabelChars, 1);
        RuleChecks.atLeast("speakers.max_label_chars", maxLabelChars, 1);
        RuleChecks.atLeast("speakers.max_latin_label_chars", maxLatinLabelChars, 1);
        qaMarkers = RuleChecks.words("speakers.qa_markers", qaMarkers);
        notSpeakers = RuleChecks.regexes("speakers.not_speakers", notSpeakers);
        RuleChecks.atLeast("speakers.min_label_repeats", minLabelRepeats, 1);
        RuleChecks.atLeast("speakers.min_speakers", minSpeakers, 1);
        RuleChecks.fraction("speakers.host_question_share", hostQuestionShare);
    }
}
