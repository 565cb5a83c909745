package dev.verbatim.model;

import java.util.Locale;

/** A speaker's part in a conversation. */
public enum Role {
    HOST,
    GUEST,
    UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
