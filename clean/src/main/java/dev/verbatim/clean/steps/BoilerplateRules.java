package dev.verbatim.clean.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import com.google.re2j.Pattern;

/**
 * The boilerplate filters; see {@code rules-default.yaml} for each key's meaning and unit.
 *
 * @param dropPatterns RE2 regular expressions (matched in linear time); a block matching one is dropped as boilerplate (reason "rule")
 * @param actionMaxChars longest block looked at for calls to action and appeals, in characters
 * @param actionPatterns calls to action, appeals and promo lines, found anywhere in a short block (reason "action")
 * @param screenReaderLabels off-screen labels cut from the start of a block ({@code Media caption})
 */
public record BoilerplateRules(
        @JsonProperty("drop_patterns") List<String> dropPatterns,
        @JsonProperty("disclaimer_max_chars") int disclaimerMaxChars,
        @JsonProperty("disclaimer_patterns") List<String> disclaimerPatterns,
        @JsonProperty("prompt_max_chars") int promptMaxChars,
        @JsonProperty("prompt_patterns") List<String> promptPatterns,
        @JsonProperty("widget_labels") List<String> widgetLabels,
        @JsonProperty("breadcrumb_max_chars") int breadcrumbMaxChars,
        @JsonProperty("comment_heading_max_chars") int commentHeadingMaxChars,
        @JsonProperty("comment_heading_patterns") List<String> commentHeadingPatterns,
        @JsonProperty("min_article_before_comments") int minArticleBeforeComments,
        @JsonProperty("navigation_link_density") double navigationLinkDensity,
        @JsonProperty("navigation_max_chars") int navigationMaxChars,
        @JsonProperty("action_max_chars") int actionMaxChars,
        @JsonProperty("action_patterns") List<String> actionPatterns,
        @JsonProperty("screen_reader_labels") List<String> screenReaderLabels) {
    public BoilerplateRules {
        dropPatterns = RuleChecks.linearRegexes("boilerplate.drop_patterns", dropPatterns);
        disclaimerPatterns = RuleChecks.regexes("boilerplate.disclaimer_patterns", disclaimerPatterns);
        promptPatterns = RuleChecks.regexes("boilerplate.prompt_patterns", promptPatterns);
        widgetLabels = RuleChecks.regexes("boilerplate.widget_labels", widgetLabels);
        commentHeadingPatterns = RuleChecks.regexes("boilerplate.comment_heading_patterns", commentHeadingPatterns);
        RuleChecks.atLeast("boilerplate.disclaimer_max_chars", disclaimerMaxChars, 0);
        RuleChecks.atLeast("boilerplate.prompt_max_chars", promptMaxChars, 0);
        RuleChecks.atLeast("boilerplate.breadcrumb_max_chars", breadcrumbMaxChars, 0);
        RuleChecks.atLeast("boilerplate.comment_heading_max_chars", commentHeadingMaxChars, 0);
        RuleChecks.atLeast("boilerplate.min_article_before_comments", minArticleBeforeComments, 0);
        RuleChecks.fraction("boilerplate.navigation_link_density", navigationLinkDensity);
        RuleChecks.atLeast("boilerplate.navigation_max_chars", navigationMaxChars, 0);
        RuleChecks.atLeast("boilerplate.action_max_chars", actionMaxChars, 0);
        actionPatterns = RuleChecks.regexes("boilerplate.action_patterns", actionPatterns);
        screenReaderLabels = RuleChecks.regexes("boilerplate.screen_reader_labels", screenReaderLabels);
    }

    /** The drop patterns, compiled for RE2/J: matching is linear in the block's length whatever the pattern. */
    public List<Pattern> compiled() {
        return dropPatterns.stream().map(Pattern::compile).toList();
    }
}
