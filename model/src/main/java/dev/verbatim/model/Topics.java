package dev.verbatim.model;

import java.util.Objects;

/** The names of the three topics of the pipeline. */
public record Topics(String raw, String transcripts, String rejected) {

    /** {@code pages.raw}, {@code transcripts}, {@code pages.rejected}. */
    public static Topics defaults() {
        return new Topics("pages.raw", "transcripts", "pages.rejected");
    }

    public Topics {
        requireName(raw, "raw");
        requireName(transcripts, "transcripts");
        requireName(rejected, "rejected");
        if (raw.equals(transcripts) || raw.equals(rejected) || transcripts.equals(rejected)) {
            throw new IllegalArgumentException("topic names must differ: " + raw + ", " + transcripts + ", " + rejected);
        }
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!name.matches("[A-Za-z0-9._-]{1,249}")) {
            throw new IllegalArgumentException("invalid " + what + " topic name: '" + name + "'");
        }
    }
}
