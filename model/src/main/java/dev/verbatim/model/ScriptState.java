package dev.verbatim.model;

import java.util.Locale;

/** Which Chinese script a text is in: Simplified, Traditional, both, or no Chinese at all. */
public enum ScriptState {
    HANS,
    HANT,
    MIXED,
    NONE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScriptState fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
