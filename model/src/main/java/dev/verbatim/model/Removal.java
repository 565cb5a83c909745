package dev.verbatim.model;

import java.util.Objects;

/** One piece of the page the cleaner dropped: why, and how many characters. */
public record Removal(String reason, int chars) {

    public Removal {
        Objects.requireNonNull(reason, "reason");
        if (chars < 0) {
            throw new IllegalArgumentException("chars < 0: " + chars);
        }
    }
}
