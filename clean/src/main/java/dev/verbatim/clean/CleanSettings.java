package dev.verbatim.clean;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The cleaning rules: every tunable of the cleaner, as one typed tree. The defaults, each with a
 * comment, are {@code rules-default.yaml} beside this class; {@link RulesFile} layers a user's rules
 * file over them key by key.
 *
 * @param script  the script policy of Chinese output
 * @param content limits on what counts as an article
 * @param extraction class/id words of main-content extraction
 * @param metadata markers of author, editor and source fields
 * @param speakers when a label is a speaker
 * @param spam    thresholds of keyword stuffing
 * @param boilerplate built-in and site-specific boilerplate filters
 */
public record CleanSettings(ScriptRules script, ContentRules content, ExtractionRules extraction,
        MetadataRules metadata, SpeakerRules speakers,
        SpamRules spam, BoilerplateRules boilerplate) {

    public CleanSettings {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(speakers, "speakers");
        Objects.requireNonNull(spam, "spam");
        Objects.requireNonNull(boilerplate, "boilerplate");
    }

    /**
     * The boilerplate filters; see {@code rules-default.yaml} for each key's meaning and unit.
     *
     * @param dropPatterns regular expressions; a block matching one is dropped as boilerplate (reason "rule")
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
            dropPatterns = RuleChecks.regexes("boilerplate.drop_patterns", dropPatterns);
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

        /** The drop patterns, compiled. */
        public List<Pattern> compiled() {
            return dropPatterns.stream().map(Pattern::compile).toList();
        }
    }

    /** @param policy script of Chinese output; default {@link ScriptPolicy#HANS} */
    public record ScriptRules(ScriptPolicy policy) {
        public ScriptRules {
            Objects.requireNonNull(policy, "script.policy");
        }
    }

    /** @param minChars pages whose cleaned text is shorter are rejected as too short; default 20 */
    public record ContentRules(@JsonProperty("min_chars") int minChars) {
        public ContentRules {
            if (minChars < 0) {
                throw new IllegalArgumentException("content.min_chars must be >= 0, was " + minChars);
            }
        }
    }

    /** The built-in rules. */
    public static CleanSettings defaults() {
        return RulesFile.defaults();
    }

    public ScriptPolicy scriptPolicy() {
        return script.policy();
    }

    public int minChars() {
        return content.minChars();
    }

    public CleanSettings withScriptPolicy(ScriptPolicy p) {
        return new CleanSettings(new ScriptRules(p), content, extraction, metadata, speakers, spam, boilerplate);
    }
}
