package dev.verbatim.clean.kafka;

import java.util.Objects;

/**
 * What the clean processor forwards: the bytes to write and whether they go to the rejected topic
 * (the original page bytes) or to the transcripts topic (the transcript JSON).
 */
record Routed(boolean rejected, byte[] payload) {
    Routed {
        Objects.requireNonNull(payload, "payload");
    }
}
