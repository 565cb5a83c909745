package dev.verbatim.model;

import java.util.Locale;

/** The kind of a transcript block. */
public enum BlockType {
    HEADING,
    PARAGRAPH,
    TURN,
    CAPTION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BlockType fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
