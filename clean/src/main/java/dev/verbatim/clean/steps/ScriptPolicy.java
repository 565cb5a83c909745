package dev.verbatim.clean.steps;

import java.util.Locale;

/** Which script Chinese output is written in. */
public enum ScriptPolicy {
    /** Simplified, converted with OpenCC's character-level Traditional-to-Simplified tables. */
    HANS,
    /** Traditional, converted with OpenCC's Simplified-to-Traditional tables (no regional phrases). */
    HANT,
    /** As on the page. */
    KEEP;

    public static ScriptPolicy parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("script policy must be hans, hant or keep, not '" + s + "'", e);
        }
    }
}
