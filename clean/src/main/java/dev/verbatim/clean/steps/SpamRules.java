package dev.verbatim.clean.steps;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Thresholds of SEO keyword stuffing: a block of many short phrases on repeated separators, or of
 * many short space-separated Han tokens, is dropped as spam.
 *
 * @param separators           characters that separate stuffed keywords (each one is a separator)
 * @param minSeparators        fewest separators in a stuffed block
 * @param separatorsPerPunct   a stuffed block has at least this many separators per sentence punctuation mark
 * @param maxPhraseChars       longest average phrase (characters between separators) of a stuffed block
 * @param minSpacedTokens      fewest space-separated tokens in a spaced stuffed block
 * @param maxSpacedTokenChars  longest token of a spaced stuffed block, in characters
 * @param minHanTokenPercent   least share of tokens containing Han characters in a spaced stuffed block, in percent
 */
public record SpamRules(
        String separators,
        @JsonProperty("min_separators") int minSeparators,
        @JsonProperty("separators_per_punct") int separatorsPerPunct,
        @JsonProperty("max_phrase_chars") int maxPhraseChars,
        @JsonProperty("min_spaced_tokens") int minSpacedTokens,
        @JsonProperty("max_spaced_token_chars") int maxSpacedTokenChars,
        @JsonProperty("min_han_token_percent") int minHanTokenPercent) {

    public SpamRules {
        if (separators == null || separators.isEmpty()) {
            throw new IllegalArgumentException("spam.separators must name at least one character");
        }
        RuleChecks.atLeast("spam.min_separators", minSeparators, 1);
        RuleChecks.atLeast("spam.separators_per_punct", separatorsPerPunct, 0);
        RuleChecks.atLeast("spam.max_phrase_chars", maxPhraseChars, 0);
        RuleChecks.atLeast("spam.min_spaced_tokens", minSpacedTokens, 1);
        RuleChecks.atLeast("spam.max_spaced_token_chars", maxSpacedTokenChars, 1);
        RuleChecks.between("spam.min_han_token_percent", minHanTokenPercent, 0, 100);
    }
}
