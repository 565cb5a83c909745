package dev.verbatim.clean;

import dev.verbatim.clean.steps.ExtractionRules;
import dev.verbatim.clean.steps.MetadataRules;
import dev.verbatim.clean.steps.PageLimits;
import dev.verbatim.clean.steps.SpeakerRules;
import dev.verbatim.clean.steps.SpamRules;
import dev.verbatim.clean.steps.ScriptPolicy;
import dev.verbatim.clean.steps.BoilerplateRules;
import dev.verbatim.clean.steps.DateRules;
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
 * @param limits  per-page budgets of size, structure and CPU time
 * @param extraction class/id words of main-content extraction
 * @param metadata markers of author, editor and source fields
 * @param dates   where pages state their publication date, and their home zones
 * @param speakers when a label is a speaker
 * @param spam    thresholds of keyword stuffing
 * @param boilerplate built-in and site-specific boilerplate filters
 */
public record CleanSettings(ScriptRules script, ContentRules content, PageLimits limits, ExtractionRules extraction,
        MetadataRules metadata, DateRules dates, SpeakerRules speakers,
        SpamRules spam, BoilerplateRules boilerplate) {

    public CleanSettings {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(speakers, "speakers");
        Objects.requireNonNull(spam, "spam");
        Objects.requireNonNull(boilerplate, "boilerplate");
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
        return new CleanSettings(new ScriptRules(p), content, limits, extraction, metadata, dates, speakers, spam, boilerplate);
    }
}
