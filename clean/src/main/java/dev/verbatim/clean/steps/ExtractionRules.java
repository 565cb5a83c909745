package dev.verbatim.clean.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * The class/id words by which main-content extraction tells article containers from boilerplate;
 * see {@code rules-default.yaml} for each key's meaning and unit. Words are lower-case and are
 * looked for in the lower-cased {@code class} and {@code id} of an element.
 *
 * @param positiveWords       found anywhere in a label: a content-like name (raises the score)
 * @param strongPositiveWords found anywhere in a label: the element announces itself as the article
 * @param unlikelyWords       found anywhere in a label: boilerplate skipped before scoring
 * @param embedWords          found anywhere in a label: an embedded post, never negative
 * @param negativeWords       found anywhere in a label: a suspicious name (lowers the score)
 * @param adTokens            whole label tokens naming an advertisement
 * @param adTokenPrefixes     label token prefixes naming an advertisement
 * @param tagTokens           whole label tokens naming a tag list
 * @param classWeight         score added for a positive name and taken for a negative one
 * @param minContent          below this much text the loose extraction pass is tried
 */
public record ExtractionRules(
        @JsonProperty("positive_words") List<String> positiveWords,
        @JsonProperty("strong_positive_words") List<String> strongPositiveWords,
        @JsonProperty("unlikely_words") List<String> unlikelyWords,
        @JsonProperty("embed_words") List<String> embedWords,
        @JsonProperty("negative_words") List<String> negativeWords,
        @JsonProperty("ad_tokens") List<String> adTokens,
        @JsonProperty("ad_token_prefixes") List<String> adTokenPrefixes,
        @JsonProperty("tag_tokens") List<String> tagTokens,
        @JsonProperty("class_weight") int classWeight,
        @JsonProperty("min_content") int minContent) {

    public ExtractionRules {
        positiveWords = lowerCase("extraction.positive_words", positiveWords);
        strongPositiveWords = lowerCase("extraction.strong_positive_words", strongPositiveWords);
        unlikelyWords = lowerCase("extraction.unlikely_words", unlikelyWords);
        embedWords = lowerCase("extraction.embed_words", embedWords);
        negativeWords = lowerCase("extraction.negative_words", negativeWords);
        adTokens = lowerCase("extraction.ad_tokens", adTokens);
        adTokenPrefixes = lowerCase("extraction.ad_token_prefixes", adTokenPrefixes);
        tagTokens = lowerCase("extraction.tag_tokens", tagTokens);
        RuleChecks.atLeast("extraction.class_weight", classWeight, 0);
        RuleChecks.atLeast("extraction.min_content", minContent, 0);
    }

    private static List<String> lowerCase(String key, List<String> words) {
        List<String> checked = RuleChecks.words(key, words);
        for (String w : checked) {
            if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(key + " must be lower-case, was '" + w + "'");
            }
        }
        return checked;
    }
}
