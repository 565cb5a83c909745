package dev.verbatim.clean;

import java.util.Objects;

/**
 * The tunables of the cleaner.
 *
 * @param scriptPolicy script of Chinese output; default {@link ScriptPolicy#HANS}
 * @param minChars     pages whose main content has fewer characters are rejected as too short;
 *                     default 20
 */
public record CleanSettings(ScriptPolicy scriptPolicy, int minChars) {

    public CleanSettings {
        Objects.requireNonNull(scriptPolicy, "scriptPolicy");
        if (minChars < 0) {
            throw new IllegalArgumentException("clean.min.chars must be >= 0, was " + minChars);
        }
    }

    public static CleanSettings defaults() {
        return new CleanSettings(ScriptPolicy.HANS, 20);
    }

    public CleanSettings withScriptPolicy(ScriptPolicy p) {
        return new CleanSettings(p, minChars);
    }
}
