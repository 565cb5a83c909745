package dev.verbatim.clean;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cleaning rules: every tunable of the cleaner, as one typed tree. The defaults, each with a
 * comment, are {@code rules-default.yaml} beside this class; {@link RulesFile} layers a user's rules
 * file over them key by key.
 *
 * @param script  the script policy of Chinese output
 * @param content limits on what counts as an article
 */
public record CleanSettings(ScriptRules script, ContentRules content, BoilerplateRules boilerplate) {

    public CleanSettings {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(boilerplate, "boilerplate");
    }

    /**
     * @param dropPatterns regular expressions; a block matching one is dropped as boilerplate
     */
    public record BoilerplateRules(@JsonProperty("drop_patterns") List<String> dropPatterns) {
        public BoilerplateRules {
            dropPatterns = List.copyOf(dropPatterns);
            for (String p : dropPatterns) {
                try {
                    Pattern.compile(p);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("boilerplate.drop_patterns: '" + p + "' is not a regular expression: "
                            + e.getDescription(), e);
                }
            }
        }

        /** The patterns, compiled. */
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
        return new CleanSettings(new ScriptRules(p), content, boilerplate);
    }
}
