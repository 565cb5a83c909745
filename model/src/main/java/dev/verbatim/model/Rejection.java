package dev.verbatim.model;

import java.util.Objects;

/**
 * Why a page could not be turned into a transcript: the stage, a countable reason and a short
 * human-readable detail. The original bytes travel beside it on {@code pages.rejected}.
 */
public record Rejection(Stage stage, Reason reason, String detail) {

    public Rejection {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** One line for logs and summaries: {@code decode/binary-content: 12 NUL bytes in first 1 KiB}. */
    public String summary() {
        return stage.name().toLowerCase(java.util.Locale.ROOT) + "/" + reason.wireName() + ": " + detail;
    }
}
